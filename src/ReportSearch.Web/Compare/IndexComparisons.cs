using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Web.Hosting;

namespace ReportSearch.Web.Compare;

/// <summary>
/// <see cref="ReportComparisons"/> on the host's pooled index sessions: it answers one question at a time on one
/// connection, so each request leases a session and makes its own (cheap) instance over it.
/// </summary>
public sealed class IndexComparisons(IndexLibrary index) : ICompareLibrary
{
    public TownshipAnswer<YearOverYearResult> YearOverYear(TownshipQuery query) => On(c => c.YearOverYear(query));

    public TownshipAnswer<PeerComparison> Peers(PeersQuery query) => On(c => c.Peers(query));

    public ComparisonAnswer<CommonProblemsResult> Problems(ProblemsQuery query) => On(c => c.Problems(query));

    public ComparisonAnswer<CopiesResult> Copies(CopiesQuery query) => On(c => c.Copies(query));

    public ComparisonAnswer<MetricOverview> Metrics(MetricsQuery query) => On(c => c.Metrics(query));

    public ComparisonAnswer<IReadOnlyList<AnomalyGroup>> Validate(ValidateQuery query) => On(c => c.Validate(query));

    public IReadOnlyList<string> NearRegionNames(RegionScope level, string name) => On(c => c.NearRegionNames(level, name));

    private T On<T>(Func<ReportComparisons, T> question) => index.Read((store, _) => question(new ReportComparisons(store)));
}
