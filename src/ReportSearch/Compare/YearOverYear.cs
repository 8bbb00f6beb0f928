using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// Year over year for one township: every metric per year with its change, anomalies per year, problems matched
/// across consecutive reports (<see cref="FindingMatcher"/>), and last year's measures against this year's problems.
/// "Consecutive" means the township's previous report: a year without a report is skipped, not counted as empty.
/// </summary>
public sealed class YearOverYear(FindingMatcher? matcher = null)
{
    private readonly FindingMatcher _matcher = matcher ?? new FindingMatcher();

    /// <summary>
    /// The reports of one township name. If they belong to several townships the result lists the candidates
    /// instead of mixing them; pass <paramref name="identityKey"/> (a candidate's <see cref="TownshipIdentity.Key"/>) to pick one.
    /// </summary>
    public YearOverYearResult Compare(IEnumerable<Report> reports, string? identityKey = null)
    {
        var byTownship = reports.Where(r => r.Year is not null)
            .GroupBy(TownshipIdentity.Of)
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal)
            .ToList();
        var candidates = byTownship.Select(g => g.Key).ToList();
        var chosen = identityKey is null
            ? byTownship.Count == 1 ? byTownship[0] : null
            : byTownship.FirstOrDefault(g => g.Key.Key == identityKey);
        if (chosen is null) return new YearOverYearResult(null, [], candidates, []);

        // One report per year; a second file for the same year (a re-publication) is set aside, the first by name kept.
        var perYear = chosen.GroupBy(r => r.Year!.Value).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(r => r.File, StringComparer.Ordinal).ToList()).ToList();
        var kept = perYear.Select(g => g[0]).ToList();
        var setAside = perYear.SelectMany(g => g.Skip(1)).Select(ReportRef.Of).ToList();

        var keys = kept.SelectMany(r => r.Metrics).Select(m => m.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        var values = kept.Select(ValuesOf).ToList();
        var years = new List<YearEntry>();
        for (var i = 0; i < kept.Count; i++)
        {
            var report = kept[i];
            var previous = i > 0 ? kept[i - 1] : null;
            var (now, before) = (values[i], i > 0 ? values[i - 1] : null);
            years.Add(new YearEntry(
                report.Year!.Value, ReportRef.Of(report), previous?.Year,
                keys.Select(k => Change(k, now, before)).ToList(),
                report.Anomalies,
                previous is null ? null : _matcher.Match(previous.Problems, report.Problems),
                previous is null ? [] : FollowUp(previous.Measures, report.Problems)));
        }
        return new YearOverYearResult(chosen.Key, years, candidates, setAside);
    }

    /// <summary>Per key, the report's value as <see cref="MetricKeys.ValueOf"/> picks it (the first from a table, else the first).</summary>
    private static Dictionary<string, Metric> ValuesOf(Report report)
    {
        var values = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach (var m in report.Metrics)
            if (!values.TryGetValue(m.Key, out var found) || (found.Source != Metric.FromTable && m.Source == Metric.FromTable))
                values[m.Key] = m;
        return values;
    }

    private static MetricChange Change(string key, Dictionary<string, Metric> report, Dictionary<string, Metric>? previous)
    {
        var now = report.GetValueOrDefault(key);
        var before = previous?.GetValueOrDefault(key);
        double? change = now is not null && before is not null ? now.Value - before.Value : null;
        double? percent = change is not null && before!.Value != 0 ? change / before.Value * 100 : null;
        return new MetricChange(key, now?.Value, now?.Approx ?? false, before?.Value, change, percent);
    }

    /// <summary>A measure is followed by this year's problems that share one of its categories.</summary>
    public static IReadOnlyList<MeasureFollowUp> FollowUp(IReadOnlyList<Finding> previousMeasures, IReadOnlyList<Finding> problems) =>
        previousMeasures
            .Select(m => new MeasureFollowUp(m, problems.Where(p => p.Categories.Intersect(m.Categories).Any()).ToList()))
            .ToList();
}
