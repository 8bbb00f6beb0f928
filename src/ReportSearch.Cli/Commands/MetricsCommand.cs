using System.CommandLine;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using static ReportSearch.Cli.Commands.CompareOutput;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>reportsearch metrics KEY --year Y [--group-by county|city|province] [--scope LEVEL NAME]</c>: a metric's
/// distribution, every value ranked, and the reports stating no value counted apart (not as zeros). CSV: every
/// report, ranked ones first, then those without a value (<c>missing</c> = true); never truncated.
/// </summary>
public static class MetricsCommand
{
    public static Command Create()
    {
        var common = Common.Create();
        var key = new Argument<string>("key") { Description = "Metric key, e.g. disclosed.total" };
        var year = new Option<int>("--year") { Description = "Report year", Required = true };
        var groupBy = new Option<string>("--group-by") { Description = "county, city or province", DefaultValueFactory = _ => "county" };
        var scope = new Option<string[]>("--scope") { Description = "county|city|province NAME", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var top = new Option<int>("--top") { Description = "Ranked values shown as text (CSV and JSON hold all)", DefaultValueFactory = _ => 20 };
        var command = new Command("metrics", "One metric across townships: distribution, ranking, missing values") { key, year, groupBy, scope, top };
        common.AddTo(command);
        command.SetAction(p => Run(p.GetValue(key)!, p.GetValue(year), p.GetValue(groupBy)!, p.GetValue(scope), p.GetValue(top),
            p.GetValue(common.Db)!, p.GetValue(common.Json), p.GetValue(common.Csv), Console.Out, Console.Error));
        return command;
    }

    public static readonly IReadOnlyList<string> Header =
        ["rank", "report_id", "file", "province", "city", "county", "township", "value", "percentile", "missing"];

    public static int Run(string key, int year, string groupBy, string[]? scope, int top, string db, bool json, bool csv,
        TextWriter stdout, TextWriter stderr) =>
        CompareOutput.Run(db, json, csv, stderr, (service, format) =>
        {
            var region = Scope(scope);
            if (!RegionExists(service, region, stderr)) return 1;
            var answer = service.Metrics(new MetricsQuery(key, year, Level(groupBy), region));
            var m = answer.Result;
            if (m.Reports > 0 && m.Ranking.Count == 0 && !service.KnowsMetric(key))
            {
                stderr.WriteLine($"reportsearch: no metric '{key}' in the index" +
                                 (service.NearMetricKeys(key) is { Count: > 0 } near ? "; did you mean " + string.Join(", ", near) + "?" : ""));
                return 1;
            }
            var ids = answer.ReportIds;
            switch (format)
            {
                case Format.Json: WriteJson(stdout, answer); break;
                case Format.Csv:
                    WriteCsv(stdout, Header,
                        m.Ranking.Select(v => Row(v.Rank, ids, v.Report, v.Value, v.Percentile, false))
                            .Concat(m.MissingReports.Select(r => Row(null, ids, r, null, null, true))));
                    break;
                default:
                    stdout.WriteLine($"{key} in {year}: {m.Reports:N0} reports, {m.Missing:N0} state no value");
                    if (m.Distribution is { } d)
                        stdout.WriteLine($"  min {Number(d.Min)}  q1 {Number(d.Q1)}  median {Number(d.Median)}  q3 {Number(d.Q3)}  max {Number(d.Max)}  mean {d.Mean:0.##}");
                    stdout.WriteLine();
                    foreach (var v in m.Ranking.Take(top))
                        stdout.WriteLine($"  {v.Rank,5}. {Number(v.Value),10}  {v.Report.Township.Label}  {Link(ids, v.Report)}");
                    if (m.Ranking.Count > top) stdout.WriteLine($"  … {m.Ranking.Count - top:N0} more (--csv lists all)");
                    stdout.WriteLine();
                    foreach (var g in m.Groups)
                        stdout.WriteLine($"  {g.Region}: {g.Reports} reports, {g.Missing} missing" +
                                         (g.Distribution is { } gd ? $", median {Number(gd.Median)}" : ""));
                    break;
            }
            return 0;
        });

    private static object?[] Row(int? rank, IReadOnlyDictionary<string, long> ids, ReportRef r, double? value, double? percentile, bool missing) =>
        [rank, Id(ids, r), r.File, r.Township.Province, r.Township.City, r.Township.County, r.Township.Township, value, percentile, missing];
}
