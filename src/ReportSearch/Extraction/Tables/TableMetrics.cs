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
        TableRow row, string? unit, List<Metric> metrics, List<Anomaly> anomalies)
    {
        if (row.Values.Count != columns.Count)
            anomalies.Add(new Anomaly(table, AnomalyKinds.CellCount,
                $"row {keyPrefix} has {row.Values.Count} values where the template has {columns.Count} columns"));
        int n = Math.Min(columns.Count, row.Values.Count);
        for (int c = 0; c < n; c++)
        {
            var cell = row.Values[c];
            string key = columns[c].Length == 0 ? keyPrefix : keyPrefix + "." + columns[c];
            int start = Math.Min(row.LabelStart, cell.Start);
            metrics.Add(new Metric(key, cell.Number!.Value, false, unit, Metric.FromTable,
                text[start..cell.End], start, cell.End));
        }
    }
}
