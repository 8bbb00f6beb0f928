using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// One metric in one year against the township's previous report. <see cref="Value"/> null: this report does not
/// state it. <see cref="ChangePercent"/> null when there is nothing to compare with or the previous value was 0.
/// </summary>
public sealed record MetricChange(string Key, double? Value, bool Approx, double? Previous, double? Change, double? ChangePercent);

/// <summary>
/// One of last year's promised measures against this year's problems: the problems still reported in the
/// measure's categories (empty: what it promised to fix is no longer reported).
/// </summary>
public sealed record MeasureFollowUp(Finding Measure, IReadOnlyList<Finding> ProblemsStillReported);

/// <summary>
/// One year of a township: its metrics with their changes, its anomalies, and (from its second report on) its
/// problems against the previous report's and the previous report's measures against its problems.
/// </summary>
public sealed record YearEntry(
    int Year, ReportRef Report, int? PreviousYear,
    IReadOnlyList<MetricChange> Metrics, IReadOnlyList<Anomaly> Anomalies,
    FindingChanges? Problems, IReadOnlyList<MeasureFollowUp> PreviousMeasures);

/// <summary>
/// A township's reports year by year. When the reports given belong to several townships (one name, several
/// places: 城关镇) <see cref="Township"/> is null, <see cref="Years"/> is empty and <see cref="Candidates"/> lists them
/// so the caller can ask again for one. <see cref="SetAside"/>: further reports of a year already covered.
/// </summary>
public sealed record YearOverYearResult(
    TownshipIdentity? Township, IReadOnlyList<YearEntry> Years, IReadOnlyList<TownshipIdentity> Candidates, IReadOnlyList<ReportRef> SetAside)
{
    public bool IsAmbiguous => Township is null && Candidates.Count > 1;
}
