using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>One anomaly and the report it was found in.</summary>
public sealed record AnomalyFound(ReportRef Report, Anomaly Anomaly);

/// <summary>Every anomaly of one kind in scope, with how many reports hold one.</summary>
public sealed record AnomalyGroup(string Kind, int Reports, IReadOnlyList<AnomalyFound> Anomalies);

/// <summary>Checks for supervisors: every anomaly of the reports in scope, grouped by kind, largest group first.</summary>
public static class AnomalyChecks
{
    public static IReadOnlyList<AnomalyGroup> Group(IEnumerable<Report> reports) =>
        reports.SelectMany(r => r.Anomalies.Select(a => new AnomalyFound(ReportRef.Of(r), a)))
            .GroupBy(f => f.Anomaly.Kind)
            .Select(g => new AnomalyGroup(g.Key, g.Select(f => f.Report.File).Distinct().Count(),
                g.OrderBy(f => f.Report.File, StringComparer.Ordinal).ToList()))
            .OrderByDescending(g => g.Anomalies.Count).ThenBy(g => g.Kind, StringComparer.Ordinal)
            .ToList();
}
