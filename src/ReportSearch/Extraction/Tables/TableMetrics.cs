using ReportSearch.Model;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Turns recognised rows into metrics, one per template column, and reports rows whose number of values
/// differs from the template's columns as <c>cell_count</c> anomalies. Extra values are dropped from the end;
/// missing ones are left out rather than guessed.
/// </summary>
public static class TableMetrics
{
    public static void AddRow(string text, string table, string keyPrefix, IReadOnlyList<string> columns,
        TableRow row, string? unit, List<Metric> metrics, List<Anomaly> anomalies) =>
        AddRow(text, table, ColumnKeys.Of(keyPrefix, columns), row, unit, metrics, anomalies);

    /// <summary>As above, with the row's keys made beforehand (the tables keep them for every row they know).</summary>
    public static void AddRow(string text, string table, ColumnKeys keys, TableRow row, string? unit, List<Metric> metrics, List<Anomaly> anomalies)
    {
        var columns = keys.Keys.Count;
        if (row.Values.Count != columns)
            anomalies.Add(new Anomaly(table, AnomalyKinds.CellCount,
                $"row {keys.Prefix} has {row.Values.Count} values where the template has {columns} columns"));
        int n = Math.Min(columns, row.Values.Count);
        for (int c = 0; c < n; c++)
        {
            var cell = row.Values[c];
            int start = Math.Min(row.LabelStart, cell.Start);
            metrics.Add(new Metric(keys.Keys[c], cell.Number!.Value, false, unit, Metric.FromTable,
                text[start..cell.End], start, cell.End));
        }
    }
}
