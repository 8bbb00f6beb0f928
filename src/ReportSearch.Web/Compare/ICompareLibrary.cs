using ReportSearch.Compare;
using ReportSearch.Compare.Service;

namespace ReportSearch.Web.Compare;

/// <summary>
/// What the comparison endpoints ask of the index (the library's <see cref="ReportComparisons"/>): one seam, like
/// <see cref="Hosting.IReportLibrary"/>, so endpoints only read parameters and shape answers, and tests can put a
/// fake in its place.
/// </summary>
public interface ICompareLibrary
{
    TownshipAnswer<YearOverYearResult> YearOverYear(TownshipQuery query);

    TownshipAnswer<PeerComparison> Peers(PeersQuery query);

    ComparisonAnswer<CommonProblemsResult> Problems(ProblemsQuery query);

    ComparisonAnswer<CopiesResult> Copies(CopiesQuery query);

    ComparisonAnswer<MetricOverview> Metrics(MetricsQuery query);

    ComparisonAnswer<IReadOnlyList<AnomalyGroup>> Validate(ValidateQuery query);

    /// <summary>Names of a region level in the index, nearest to <paramref name="name"/> first (the name itself first when it exists).</summary>
    IReadOnlyList<string> NearRegionNames(RegionScope level, string name);
}
