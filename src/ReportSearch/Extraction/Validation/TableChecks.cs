using ReportSearch.Extraction.Tables;
using ReportSearch.Model;

namespace ReportSearch.Extraction.Validation;

/// <summary>
/// The template's own arithmetic (勾稽关系 and totals) applied to the tables as read: table 三's
/// 一 + 二 = 三(七)总计 + 四 per column, each column's 总计 equal to the sum of its result rows, the 总计 column equal
/// to the sum of the other six, and table 四's totals. Each failure becomes a <c>sum_mismatch</c> anomaly.
/// </summary>
public sealed class TableChecks
{
    private const double Tolerance = 1e-6;
    private const string TotalSuffix = ".total";

    public IReadOnlyList<Anomaly> Check(IReadOnlyDictionary<string, double> cells)
    {
        var anomalies = new List<Anomaly>();
        var lookup = new CellLookup(cells);
        CheckRequests(lookup, cells, anomalies);
        CheckAppeals(lookup, anomalies);
        return anomalies;
    }

    private static void CheckRequests(CellLookup cells, IReadOnlyDictionary<string, double> all, List<Anomaly> anomalies)
    {
        // Rows are kept as their ".total" keys in the dictionary's order (sums add in that order); the row name is
        // the key without the suffix, sliced when needed instead of copied.
        var resultRows = new List<string>();
        var rows = new List<string>();
        foreach (var key in all.Keys)
        {
            if (!key.StartsWith("requests.", StringComparison.Ordinal) || !key.EndsWith(TotalSuffix, StringComparison.Ordinal)) continue;
            rows.Add(key);
            if (key.StartsWith("requests.result.", StringComparison.Ordinal) && key != "requests.result.total.total") resultRows.Add(key);
        }

        foreach (var column in RequestsTable.Columns)
        {
            if (cells.TryGet("requests.new", column, out var added) && cells.TryGet("requests.carried_over", column, out var carried)
                && cells.TryGet("requests.result.total", column, out var handled) && cells.TryGet("requests.carry_forward", column, out var forward)
                && Math.Abs(added + carried - handled - forward) > Tolerance)
                anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                    $"column {column}: 一+二 = {added + carried} but 三(七)总计+四 = {handled + forward}"));

            if (cells.TryGet("requests.result.total", column, out var stated) && resultRows.Count > 0
                && SumOfRows(cells, resultRows, column) is { } sum && Math.Abs(sum - stated) > Tolerance)
                anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                    $"column {column}: 三(七)总计 = {stated} but its rows sum to {sum}"));
        }

        foreach (var key in rows)
        {
            var row = RowOf(key);
            if (RowTotalDiffers(cells, row, RequestsTable.Columns) is { } r)
                anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                    $"{row}: 总计 = {r.Total} but the six applicant columns sum to {r.Sum}"));
        }
    }

    private static void CheckAppeals(CellLookup cells, List<Anomaly> anomalies)
    {
        foreach (var group in AppealsTable.Groups)
        {
            string row = "appeals." + group;
            if (RowTotalDiffers(cells, row, AppealsTable.Columns) is { } r)
                anomalies.Add(new Anomaly("appeals", AnomalyKinds.SumMismatch,
                    $"{row}: 总计 = {r.Total} but its four results sum to {r.Sum}"));
        }
    }

    private static ReadOnlySpan<char> RowOf(string totalKey) => totalKey.AsSpan(0, totalKey.Length - TotalSuffix.Length);

    // The last column is the row's stated total; the others must add up to it.
    private static (double Total, double Sum)? RowTotalDiffers(CellLookup cells, ReadOnlySpan<char> row, IReadOnlyList<string> columns)
    {
        if (!cells.TryGet(row, columns[^1], out var total)) return null;
        double sum = 0;
        for (var c = 0; c < columns.Count - 1; c++)
        {
            // A missing cell is no evidence.
            if (!cells.TryGet(row, columns[c], out var v)) return null;
            sum += v;
        }
        return Math.Abs(sum - total) > Tolerance ? (total, sum) : null;
    }

    /// <summary>The column summed over the result rows, or null when one of its cells was not read.</summary>
    private static double? SumOfRows(CellLookup cells, List<string> totalKeys, string column)
    {
        double sum = 0;
        foreach (var key in totalKeys)
        {
            if (!cells.TryGet(RowOf(key), column, out var v)) return null;
            sum += v;
        }
        return sum;
    }
}
