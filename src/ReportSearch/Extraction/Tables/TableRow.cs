namespace ReportSearch.Extraction.Tables;

/// <summary>
/// A row of a standard table as read: which template row it is (<see cref="RowKey"/>), where its label starts,
/// and the numbers that follow the label.
/// </summary>
public sealed record TableRow(string RowKey, int LabelStart, IReadOnlyList<CellToken> Values);
