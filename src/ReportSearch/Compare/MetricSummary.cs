using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>The values of one metric within one region: its distribution and how many reports state no value.</summary>
public sealed record MetricGroup(string Region, int Reports, int Missing, Distribution? Distribution);

/// <summary>
/// One metric in one year for journalists: its distribution over the reports that state it, every value ranked,
/// the reports that state no value (counted apart: a report without a total is not a zero), and per region.
/// </summary>
public sealed record MetricOverview(
    string Key, int Year, int Reports, int Missing, Distribution? Distribution,
    IReadOnlyList<RankedValue> Ranking, IReadOnlyList<ReportRef> MissingReports, IReadOnlyList<MetricGroup> Groups);

/// <summary>Builds <see cref="MetricOverview"/>s from the reports of a year.</summary>
public static class MetricSummary
{
    /// <summary>Reports of other years are ignored. Groups are ordered by region name; unsettled regions group under "?".</summary>
    public static MetricOverview For(IEnumerable<Report> reports, string key, int year, RegionScope groupBy = RegionScope.County)
    {
        var ofYear = reports.Where(r => r.Year == year).ToList();
        var stated = ofYear.Select(r => (Report: r, Metric: MetricKeys.ValueOf(r, key))).ToList();
        var present = stated.Where(x => x.Metric is not null).ToList();
        var groups = stated.GroupBy(x => Regions.KeyOf(x.Report, groupBy) ?? "?")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MetricGroup(g.Key, g.Count(), g.Count(x => x.Metric is null),
                Distribution.Of(g.Where(x => x.Metric is not null).Select(x => x.Metric!.Value))))
            .ToList();
        return new MetricOverview(key, year, ofYear.Count, ofYear.Count - present.Count,
            Distribution.Of(present.Select(x => x.Metric!.Value)),
            RankedValue.RankAll(present.Select(x => (ReportRef.Of(x.Report), x.Metric!.Value, x.Metric.Approx))),
            stated.Where(x => x.Metric is null).Select(x => ReportRef.Of(x.Report)).ToList(),
            groups);
    }
}
