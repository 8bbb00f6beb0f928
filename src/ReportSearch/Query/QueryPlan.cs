namespace ReportSearch.Query;

/// <summary>
/// The text part of a query as a tree the in-memory postings evaluate (<see cref="QueryPlanBuilder"/>), with the
/// meaning FTS5 gave the MATCH expressions of the tests' <c>FtsMatchBuilder</c>. <see cref="Include"/>: the reports to
/// find (null when the text part asks for none); <see cref="Exclude"/>: set only when the text part only excludes
/// (<c>year:2021 -宣传</c>): every report but those it matches.
/// </summary>
public sealed record QueryPlan(TextPlan? Include, TextPlan? Exclude)
{
    /// <summary>No condition on the text.</summary>
    public static readonly QueryPlan None = new(null, null);

    /// <summary>A string that is equal for equal plans (the searcher's cache key).</summary>
    public string Key => $"{Include?.Key}\u0001{Exclude?.Key}";
}

/// <summary>A node of a <see cref="QueryPlan"/>.</summary>
public abstract record TextPlan
{
    /// <summary>The node written out (equal for equal nodes).</summary>
    public abstract string Key { get; }
}

/// <summary>
/// Terms at consecutive positions of one column (a one-term phrase is a term). With <see cref="Prefix"/>, the last
/// term matches every term starting with it. Grams and words never share a term, so the terms say the column kind.
/// </summary>
public sealed record PhrasePlan(IReadOnlyList<string> Terms, bool Prefix) : TextPlan
{
    public override string Key => "\"" + string.Join(' ', Terms) + "\"" + (Prefix ? "*" : "");
}

/// <summary>Every child holds.</summary>
public sealed record AllPlan(IReadOnlyList<TextPlan> Children) : TextPlan
{
    public override string Key => "(" + string.Join(" AND ", Children.Select(c => c.Key)) + ")";
}

/// <summary>At least one child holds.</summary>
public sealed record AnyPlan(IReadOnlyList<TextPlan> Children) : TextPlan
{
    public override string Key => "(" + string.Join(" OR ", Children.Select(c => c.Key)) + ")";
}

/// <summary><see cref="Include"/> holds and <see cref="Exclude"/> does not.</summary>
public sealed record ExceptPlan(TextPlan Include, TextPlan Exclude) : TextPlan
{
    public override string Key => "(" + Include.Key + " NOT " + Exclude.Key + ")";
}
