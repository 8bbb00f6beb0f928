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
}
