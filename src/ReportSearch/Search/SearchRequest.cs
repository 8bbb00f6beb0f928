namespace ReportSearch.Search;

/// <summary>
/// One search: a query in the query language of DESIGN.md, the page of hits wanted, and the order:
/// <c>relevance</c> (bm25), <c>year</c> (newest first) or a metric key (largest first; reports without it last).
/// </summary>
public sealed record SearchRequest(string Query, int Limit = 10, int Offset = 0, string Sort = SearchRequest.Relevance)
{
    public const string Relevance = "relevance";
    public const string Year = "year";

    /// <summary>Characters per snippet.</summary>
    public int SnippetLength { get; init; } = 120;

    /// <summary>Snippets per hit at most.</summary>
    public int MaxSnippets { get; init; } = 2;

    /// <summary>
    /// The facets to count (names of <see cref="FacetNames"/>); null = all of them. Each facet costs a pass over the
    /// whole result, so a page that shows only some asks for only those.
    /// </summary>
    public IReadOnlyCollection<string>? Facets { get; init; }

    /// <summary>Every facet a result can count, in the order results list them.</summary>
    public static IReadOnlyList<string> FacetNames => FacetCounter.Names;
}
