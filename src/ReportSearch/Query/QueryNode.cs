namespace ReportSearch.Query;

/// <summary>
/// The text part of a parsed query: words, phrases and how they combine. Filters (year, region, metrics …) are
/// kept apart in <see cref="ParsedQuery.Filters"/>. Nodes compare by value, so tests can state whole trees.
/// </summary>
public abstract record QueryNode;

/// <summary>A bare word of the query (人员, 公众号, app); it must occur in the report.</summary>
public sealed record TermNode(string Text) : QueryNode
{
    public override string ToString() => $"term({Text})";
}

/// <summary>A quoted phrase ("公开不及时"); its characters must occur in the report in this order.</summary>
public sealed record PhraseNode(string Text) : QueryNode
{
    public override string ToString() => $"phrase({Text})";
}

/// <summary>An excluded part (<c>-宣传</c>): reports holding it are left out.</summary>
public sealed record NotNode(QueryNode Operand) : QueryNode
{
    public override string ToString() => $"not({Operand})";
}

/// <summary>Every child must hold. Never nested directly in another <see cref="AndNode"/> and never of one child.</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public bool Equals(AndNode? other) => other is not null && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => Children.Aggregate(nameof(AndNode).GetHashCode(), HashCode.Combine);

    public override string ToString() => $"and({string.Join(", ", Children)})";
}

/// <summary>At least one child must hold. Never nested directly in another <see cref="OrNode"/>.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public bool Equals(OrNode? other) => other is not null && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => Children.Aggregate(nameof(OrNode).GetHashCode(), HashCode.Combine);

    public override string ToString() => $"or({string.Join(", ", Children)})";
}
