namespace ReportSearch.Model;

/// <summary>Something in a report that does not fit the template's own rules; <see cref="Kind"/> is one of <see cref="AnomalyKinds"/>.</summary>
/// <param name="Table"><c>proactive</c>, <c>requests</c>, <c>appeals</c> or <c>text</c>.</param>
public sealed record Anomaly(string Table, string Kind, string Detail);

/// <summary>The anomaly kinds of METRICS.md.</summary>
public static class AnomalyKinds
{
    public const string CellCount = "cell_count";
    public const string SumMismatch = "sum_mismatch";
    public const string TextTableConflict = "text_table_conflict";
    public const string MissingTable = "missing_table";
}
