namespace ReportSearch.Compare.Service;

/// <summary>
/// A township as people name it: the name, narrowed by a county (settled or among the county candidates) or by a
/// division code when the name is shared (城关镇).
/// </summary>
public sealed record TownshipQuery(string Name, string? County = null, string? Code = null);

/// <summary>A region by level and name (<c>--county 尉氏县</c>); names are matched exactly.</summary>
public sealed record RegionFilter(RegionScope Level, string Name);

/// <summary>Peers of a township in a year: its region at <see cref="Scope"/>, or the named townships of <see cref="With"/>.</summary>
public sealed record PeersQuery(
    TownshipQuery Township, int Year, RegionScope Scope = RegionScope.County, IReadOnlyList<string>? With = null,
    IReadOnlyList<string>? Metrics = null);

/// <summary>Common problems of the reports in a region (all when null), of one year (all when null), optionally one category.</summary>
public sealed record ProblemsQuery(int? Year = null, RegionFilter? Region = null, string? Category = null,
    CommonProblemsOptions? Options = null);

/// <summary>Copied passages among the reports of a region (all when null).</summary>
public sealed record CopiesQuery(RegionFilter? Region = null, int MinChars = 50, bool IncludeStock = false);

/// <summary>One metric in one year, optionally within a region, grouped by a region level.</summary>
public sealed record MetricsQuery(string Key, int Year, RegionScope GroupBy = RegionScope.County, RegionFilter? Region = null);

/// <summary>Anomalies of the reports of a region (all when null), optionally one year.</summary>
public sealed record ValidateQuery(RegionFilter? Region = null, int? Year = null);
