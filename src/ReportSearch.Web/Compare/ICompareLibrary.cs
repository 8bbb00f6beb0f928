using ReportSearch.Compare;

namespace ReportSearch.Web.Compare;

/// <summary>
/// What the comparison endpoints ask of the index: one seam, like <see cref="Hosting.IReportLibrary"/>, so endpoints
/// only read parameters and shape answers, and tests can put a fake in its place.
/// </summary>
public interface ICompareLibrary
{
    /// <summary>The township's reports year by year.</summary>
    /// <exception cref="TownshipNotFoundException">No report of that township.</exception>
    /// <exception cref="AmbiguousTownshipException">The name belongs to several townships.</exception>
    YearOverYearResult YearOverYear(TownshipQuery township);

    /// <summary>The township's report of <paramref name="year"/> (its latest when null) among its peers.</summary>
    PeerComparison Peers(TownshipQuery township, int? year, PeerQuery peers);

    /// <summary>Problem categories common across the townships in scope.</summary>
    CommonProblemsResult Problems(ScopeQuery scope);

    /// <summary>Passages copied between reports in scope.</summary>
    IReadOnlyList<CopiedPassage> Copies(ScopeQuery scope, int minChars);

    /// <summary>One metric in one year: distribution, ranking and groups.</summary>
    MetricOverview Metric(string key, int year, RegionScope groupBy, ScopeQuery scope);

    /// <summary>Every anomaly of the reports in scope, by kind.</summary>
    IReadOnlyList<AnomalyGroup> Validate(ScopeQuery scope);

    /// <summary>The index ids of report files, so answers can link to <c>#/report/{id}</c>.</summary>
    IReadOnlyDictionary<string, long> Ids(IEnumerable<string> files);
}

/// <summary>A township as the caller names it: its name, and its county or division code to tell namesakes apart.</summary>
/// <param name="Key">A <see cref="TownshipIdentity.Key"/> from an earlier answer's candidates.</param>
public sealed record TownshipQuery(string Name, string? County = null, string? Code = null, string? Key = null);

/// <summary>Peers as a region level around the township, or an explicit list of township names.</summary>
public sealed record PeerQuery(RegionScope Scope, IReadOnlyList<string> With, IReadOnlyList<string>? Metrics);

/// <summary>Which reports a question covers: a region (province, city or county name; all when null), a year, a category.</summary>
public sealed record ScopeQuery(string? Region = null, int? Year = null, string? Category = null);

/// <summary>No report of the township asked for.</summary>
public sealed class TownshipNotFoundException(string message) : Exception(message);

/// <summary>The township's name (and county) fit several townships; the caller must pick one.</summary>
public sealed class AmbiguousTownshipException(IReadOnlyList<TownshipIdentity> candidates)
    : Exception($"{candidates.Count} townships have this name; give the county or the division code")
{
    public IReadOnlyList<TownshipIdentity> Candidates { get; } = candidates;
}

/// <summary>A question the index cannot answer as asked (no report of that year, a scope too large); a 400 or 404.</summary>
public sealed class CompareQueryException(string message, int status = 400) : Exception(message)
{
    public int Status { get; } = status;
}
