namespace ReportSearch.Query;

/// <summary>
/// The text part of a query as SQLite FTS5 MATCH expressions over the columns <c>words</c> and <c>grams</c>.
/// <see cref="Include"/>: the reports to find (null when the text part asks for none, e.g. a query of filters only).
/// <see cref="Exclude"/>: set only when the text part only excludes (<c>year:2021 -宣传</c>), which FTS5 cannot say
/// alone; the searcher leaves out the rows it matches: <c>rowid NOT IN (SELECT rowid FROM t WHERE t MATCH @exclude)</c>.
/// </summary>
public sealed record FtsMatch(string? Include, string? Exclude)
{
    /// <summary>No condition on the text.</summary>
    public static readonly FtsMatch None = new(null, null);
}
