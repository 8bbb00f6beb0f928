namespace ReportSearch.Query;

/// <summary>
/// A filter as written, before its value is understood: <c>year:2019..2021</c> is name "year", no operator,
/// value "2019..2021"; <c>disclosed.total&gt;1000</c> is name "disclosed.total", operator &gt;, value "1000".
/// </summary>
/// <param name="Query">The whole query as typed, for errors.</param>
/// <param name="Name">The name, lower case.</param>
/// <param name="Op">The comparison, or null for ':'.</param>
/// <param name="Lead">The text as typed from the name to the value (<c>year:</c>, <c>disclosed.total&gt;</c>), for messages.</param>
internal readonly record struct FilterSyntax(
    string Query, string Name, int NameStart, ComparisonOp? Op, string Value, int ValueStart, string Lead)
{
    public QuerySyntaxException Error(int position, string message) => new(Query, position, message);

    public QuerySyntaxException NameError(string message) => Error(NameStart, message);

    public QuerySyntaxException ValueError(string message) => Error(ValueStart, message);
}
