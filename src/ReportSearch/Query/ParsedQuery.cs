namespace ReportSearch.Query;

/// <summary>
/// What <see cref="QueryParser.Parse"/> made of a query: the text part (null when the query is filters only) and the
/// filters, in the order they were written. Compares by value.
/// </summary>
public sealed record ParsedQuery(QueryNode? Text, IReadOnlyList<QueryFilter> Filters)
{
    /// <summary>
    /// The words and phrases a matching report must hold, for highlighting: every term and phrase outside an
    /// excluded part, each once, in query order.
    /// </summary>
    public IReadOnlyList<string> PositiveTerms() => PositiveTermCollector.Collect(Text);

    public bool Equals(ParsedQuery? other) =>
        other is not null && Equals(Text, other.Text) && Filters.SequenceEqual(other.Filters);

    public override int GetHashCode() => Filters.Aggregate(Text?.GetHashCode() ?? 0, HashCode.Combine);

    public override string ToString() =>
        $"{Text?.ToString() ?? "(no text)"} [{string.Join(", ", Filters)}]";
}
