using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using static ReportSearch.Cli.Commands.CompareOutput;

namespace ReportSearch.Cli.Commands;

/// <summary><c>compare peers</c> as text and as CSV (a row per metric and group member, the township's marked <c>self</c>).</summary>
public static class PeersOutput
{
    public static readonly IReadOnlyList<string> Header =
        ["key", "report_id", "township", "county", "city", "value", "approx", "rank", "percentile", "self", "peer_median", "missing"];

    public static void Csv(TownshipAnswer<PeerComparison> answer, TextWriter stdout)
    {
        var result = answer.Result!;
        WriteCsv(stdout, Header, result.Metrics.SelectMany(m => m.Values.Select(v => new object?[]
        {
            m.Key, Id(answer.ReportIds, v.Report), v.Report.Township.Township, v.Report.Township.County, v.Report.Township.City,
            v.Value, v.Approx, v.Rank, v.Percentile, v.Report.File == result.Township.File, m.PeerMedian, m.Missing,
        })));
    }

    public static void Text(TownshipAnswer<PeerComparison> answer, TextWriter o)
    {
        var r = answer.Result!;
        o.WriteLine($"{Describe(r.Township.Township)} {r.Township.Year} {Link(answer.ReportIds, r.Township)} among {r.Peers.Count} peers");
        o.WriteLine();
        var width = r.Metrics.Count == 0 ? 0 : r.Metrics.Max(m => m.Key.Length);
        o.WriteLine($"  {"metric".PadRight(width)}  {"value",10}  {"rank",7}  {"pctile",6}  {"peer median",11}  missing");
        foreach (var m in r.Metrics)
            o.WriteLine($"  {m.Key.PadRight(width)}  {Number(m.Value),10}  {(m.Rank is { } k ? $"{k}/{m.Values.Count}" : "–"),7}  " +
                        $"{(m.Percentile is { } p ? p.ToString("0") : "–"),6}  {Number(m.PeerMedian),11}  {m.Missing}");
        o.WriteLine();
        foreach (var s in r.SharedCategories)
            o.WriteLine($"  {s.Category}: {s.Problems.Count} problem(s); {s.PeersReporting} of {r.Peers.Count} peers report it too ({s.PeerShare:P0})");
        foreach (var f in r.ReportedAlone) o.WriteLine($"  reported alone: {f.Title}");
    }
}
