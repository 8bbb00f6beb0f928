using ReportSearch.Model;

namespace ReportSearch.Cli.Commands;

/// <summary>The readable form of an extracted report: who, where, when, what the tables and prose say, what is wrong.</summary>
public static class ReportSummary
{
    public static void Write(Report r, TextWriter o)
    {
        o.WriteLine($"{r.File}");
        o.WriteLine($"  body       {r.Body ?? "?"}");
        var county = r.County ?? (r.CountyCandidates.Count > 0 ? $"? (one of {string.Join("、", r.CountyCandidates)})" : "?");
        o.WriteLine($"  region     {r.Province ?? "?"} / {r.City ?? "?"} / {county} / {r.Township ?? "?"}  code {r.DivisionCode ?? "-"}");
        o.WriteLine($"  year       {r.Year?.ToString() ?? "?"}   published {r.Published ?? "-"}   template {r.Template ?? "?"}");
        o.WriteLine($"  sections   {string.Join(" · ", r.Sections.Select(s => s.Kind))}");
        var table = r.Metrics.Where(m => m.Source == Metric.FromTable).ToList();
        var nonZero = table.Where(m => m.Value != 0).ToList();
        o.WriteLine($"  tables     {table.Count} cells, {nonZero.Count} non-zero" +
                    (nonZero.Count > 0 ? ": " + string.Join(", ", nonZero.Take(12).Select(m => $"{m.Key}={m.Value:0.####}")) : ""));
        foreach (var m in r.Metrics.Where(m => m.Source == Metric.FromText))
            o.WriteLine($"  text       {m.Key} = {m.Value:0.####}{(m.Approx ? " (approx)" : "")} {m.Unit}  «{m.Quote}»");
        WriteFindings(o, "problems", r.Problems);
        WriteFindings(o, "measures", r.Measures);
        foreach (var a in r.Anomalies)
            o.WriteLine($"  anomaly    {a.Table}/{a.Kind}: {a.Detail}");
        o.WriteLine();
    }

    private static void WriteFindings(TextWriter o, string label, IReadOnlyList<Finding> findings)
    {
        o.WriteLine($"  {label,-10} {findings.Count}");
        for (int i = 0; i < findings.Count; i++)
            o.WriteLine($"    {i + 1}. {findings[i].Title}  [{string.Join(", ", findings[i].Categories)}]");
    }
}
