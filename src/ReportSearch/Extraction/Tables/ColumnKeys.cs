namespace ReportSearch.Extraction.Tables;

/// <summary>
/// The metric keys of one table row, one per template column (<c>requests.new.natural_person</c>, …), made once when
/// a table type is first used: building them for each cell of each report was a fifth of what table reading allocated.
/// </summary>
/// <param name="Prefix">The row's key without a column (also what anomalies name the row by).</param>
/// <param name="Keys">The full key of each column, in template order.</param>
public sealed record ColumnKeys(string Prefix, IReadOnlyList<string> Keys)
{
    /// <summary>The keys <c>prefix.column</c>; a column named "" is the prefix alone.</summary>
    public static ColumnKeys Of(string prefix, IReadOnlyList<string> columns) =>
        new(prefix, columns.Select(c => c.Length == 0 ? prefix : prefix + "." + c).ToArray());
}
