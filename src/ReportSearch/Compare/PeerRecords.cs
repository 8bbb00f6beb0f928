using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// One metric of a township among its peers. <see cref="Values"/>: every group member that states it (the township
/// included), ranked. <see cref="Rank"/>/<see cref="Percentile"/>: the township's place (null when it states no value).
/// <see cref="PeerMedian"/>: the median of the other townships' values. <see cref="Missing"/>: members that state no value.
/// </summary>
public sealed record PeerMetric(
    string Key, double? Value, int? Rank, double? Percentile, double? PeerMedian, int Missing, IReadOnlyList<RankedValue> Values);

/// <summary>A category of the township's problems, and how many of its peers report problems of it too.</summary>
public sealed record SharedCategory(string Category, IReadOnlyList<Finding> Problems, int PeersReporting, double PeerShare);

/// <summary>
/// A township side by side with its peers for one year: metrics ranked, the problem categories it shares with
/// them, and the problems none of its peers reports in any of the same categories.
/// </summary>
public sealed record PeerComparison(
    ReportRef Township, IReadOnlyList<ReportRef> Peers, IReadOnlyList<PeerMetric> Metrics,
    IReadOnlyList<SharedCategory> SharedCategories, IReadOnlyList<Finding> ReportedAlone);
