namespace ReportSearch.Search;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: how many reports match in all, the requested page of them, and facet
/// counts over the whole result (facet name → value → reports): year, province, city, county, template, section,
/// category, anomaly.
/// </summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

/// <summary>
/// One matching report: where it is from, its score (higher is better; 0 for queries of filters only), HTML snippets
/// with the matched text in <c>&lt;mark&gt;</c>, and the problem and measure items the text matched in.
/// </summary>
public sealed record SearchHit(
    long Id, string File, string? Township, string? County, string? City, string? Province, int? Year, double Score,
    IReadOnlyList<string> Snippets, IReadOnlyList<FindingHit> Findings);

/// <summary>
/// A problem or measure item that holds matched text: <see cref="Kind"/> is <c>problem</c> or <c>measure</c>,
/// <see cref="Html"/> the item's whole text with the matches marked, <see cref="Start"/>/<see cref="End"/> its span in
/// the normalised text.
/// </summary>
public sealed record FindingHit(string Kind, string Title, string Html, IReadOnlyList<string> Categories, int Start, int End);
