using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using static ReportSearch.Cli.Commands.CompareOutput;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// <c>compare yoy</c> as text and as CSV. The CSV is one long table, a row per fact: <c>metric</c> rows, then
/// <c>anomaly</c>, <c>repeated</c>/<c>verbatim</c>, <c>new</c>, <c>no_longer_reported</c> and <c>measure</c> rows.
/// </summary>
public static class YearOverYearOutput
{
    public static readonly IReadOnlyList<string> Header =
        ["year", "report_id", "row", "key", "value", "previous", "change", "change_percent", "text", "previous_text"];

    public static void Csv(TownshipAnswer<YearOverYearResult> answer, TextWriter stdout)
    {
        var ids = answer.ReportIds;
        WriteCsv(stdout, Header, answer.Result!.Years.SelectMany(y => Rows(y, Id(ids, y.Report))));
    }

    private static IEnumerable<object?[]> Rows(YearEntry y, object? id)
    {
        foreach (var m in y.Metrics) yield return [y.Year, id, "metric", m.Key, m.Value, m.Previous, m.Change, m.ChangePercent, null, null];
        foreach (var a in y.Anomalies) yield return [y.Year, id, "anomaly", a.Kind, null, null, null, null, a.Detail, null];
        if (y.Problems is { } p)
        {
            foreach (var r in p.Repeated) yield return [y.Year, id, r.Verbatim ? "verbatim" : "repeated", string.Join('|', r.Current.Categories), null, null, null, null, r.Current.Text, r.Previous.Text];
            foreach (var f in p.New) yield return [y.Year, id, "new", string.Join('|', f.Categories), null, null, null, null, f.Text, null];
            foreach (var f in p.NoLongerReported) yield return [y.Year, id, "no_longer_reported", string.Join('|', f.Categories), null, null, null, null, null, f.Text];
        }
        foreach (var m in y.PreviousMeasures)
            yield return [y.Year, id, "measure", string.Join('|', m.Measure.Categories), m.ProblemsStillReported.Count, null, null, null,
                string.Join(" / ", m.ProblemsStillReported.Select(f => f.Title)), m.Measure.Text];
    }

    public static void Text(TownshipAnswer<YearOverYearResult> answer, TextWriter o)
    {
        var result = answer.Result!;
        o.WriteLine($"{Describe(result.Township!)}: {result.Years.Count} reports ({string.Join(", ", result.Years.Select(y => y.Year))})");
        foreach (var r in result.SetAside) o.WriteLine($"  set aside (second report of {r.Year}): {Link(answer.ReportIds, r)} {r.File}");
        foreach (var y in result.Years)
        {
            o.WriteLine();
            o.WriteLine($"== {y.Year}  {Link(answer.ReportIds, y.Report)}" + (y.PreviousYear is { } py ? $"  (against {py})" : ""));
            // Most table cells are 0 every year: the text shows what is non-zero or moved (CSV and JSON hold all).
            var stated = y.Metrics.Where(m => (m.Value ?? 0) != 0 || (m.Previous ?? 0) != 0).ToList();
            if (y.Metrics.Count > stated.Count) o.WriteLine($"  ({y.Metrics.Count - stated.Count} metrics 0 or unstated this year and the previous not shown)");
            var width = stated.Count == 0 ? 0 : stated.Max(m => m.Key.Length);
            foreach (var m in stated)
                o.WriteLine($"  {m.Key.PadRight(width)}  {Number(m.Value),10}" +
                            (m.Change is { } c ? $"  {(c >= 0 ? "+" : "")}{Number(c)}" + (m.ChangePercent is { } pc ? $" ({pc:+0.#;-0.#;0}%)" : "") : ""));
            foreach (var a in y.Anomalies) o.WriteLine($"  ! {a.Kind}: {a.Detail}");
            if (y.Problems is { } p)
            {
                foreach (var r in p.Repeated) o.WriteLine($"  {(r.Verbatim ? "again, word for word" : "again")}: {r.Current.Title}");
                foreach (var f in p.New) o.WriteLine($"  new: {f.Title}");
                foreach (var f in p.NoLongerReported) o.WriteLine($"  no longer reported: {f.Title}");
            }
            foreach (var m in y.PreviousMeasures)
                o.WriteLine($"  promised {y.PreviousYear}: {m.Measure.Title} → " +
                            (m.ProblemsStillReported.Count == 0 ? "no problem of its kind reported" : $"{m.ProblemsStillReported.Count} problem(s) of its kind still reported"));
        }
    }
}
