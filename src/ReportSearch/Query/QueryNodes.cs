namespace ReportSearch.Query;

/// <summary>
/// Builds AND and OR nodes in their one canonical shape (an AND inside an AND is flattened into it, a one-child
/// list is its child), and tells whether a part only excludes, which FTS5 cannot search on its own.
/// </summary>
internal static class QueryNodes
{
    /// <summary>The AND of <paramref name="children"/>: null for none, the child itself for one.</summary>
    public static QueryNode? And(IReadOnlyList<QueryNode> children) =>
        Combine(children, list => new AndNode(list), node => node is AndNode and ? and.Children : null);

    /// <summary>The OR of <paramref name="children"/>: null for none, the child itself for one.</summary>
    public static QueryNode? Or(IReadOnlyList<QueryNode> children) =>
        Combine(children, list => new OrNode(list), node => node is OrNode or ? or.Children : null);

    /// <summary>True for an exclusion, or an AND of exclusions only (<c>-宣传 -培训</c>).</summary>
    public static bool OnlyExcludes(QueryNode? node) => node switch
    {
        NotNode => true,
        AndNode and => and.Children.All(OnlyExcludes),
        _ => false,
    };

    private static QueryNode? Combine(
        IReadOnlyList<QueryNode> children, Func<IReadOnlyList<QueryNode>, QueryNode> make,
        Func<QueryNode, IReadOnlyList<QueryNode>?> sameKindChildren)
    {
        var flat = new List<QueryNode>();
        foreach (var child in children)
        {
            if (sameKindChildren(child) is { } grandchildren) flat.AddRange(grandchildren);
            else flat.Add(child);
        }
        return flat.Count switch
        {
            0 => null,
            1 => flat[0],
            _ => make(flat),
        };
    }
}
