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

    public IReadOnlyList<Anomaly> Check(IReadOnlyDictionary<string, double> cells)
    {
        var anomalies = new List<Anomaly>();
        CheckRequests(cells, anomalies);
        CheckAppeals(cells, anomalies);
        return anomalies;
    }

    private static void CheckRequests(IReadOnlyDictionary<string, double> cells, List<Anomaly> anomalies)
    {
        var resultRows = cells.Keys
            .Where(k => k.StartsWith("requests.result.", StringComparison.Ordinal) && k.EndsWith(".total", StringComparison.Ordinal)
                        && k != "requests.result.total.total")
            .Select(k => k[..^".total".Length])
            .ToList();
        var rows = cells.Keys.Where(k => k.StartsWith("requests.", StringComparison.Ordinal) && k.EndsWith(".total", StringComparison.Ordinal))
            .Select(k => k[..^".total".Length]).ToList();

        foreach (var column in RequestsTable.Columns)
        {
            if (TryGet(cells, "requests.new", column, out var added) && TryGet(cells, "requests.carried_over", column, out var carried)
                && TryGet(cells, "requests.result.total", column, out var handled) && TryGet(cells, "requests.carry_forward", column, out var forward)
                && Math.Abs(added + carried - handled - forward) > Tolerance)
                anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                    $"column {column}: 一+二 = {added + carried} but 三(七)总计+四 = {handled + forward}"));

            if (TryGet(cells, "requests.result.total", column, out var stated) && resultRows.Count > 0
                && Sum(cells, resultRows.Select(row => row + "." + column)) is { } sum && Math.Abs(sum - stated) > Tolerance)
                anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                    $"column {column}: 三(七)总计 = {stated} but its rows sum to {sum}"));
        }

        foreach (var row in rows)
            if (RowTotalDiffers(cells, row, RequestsTable.Columns) is { } r)
                anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                    $"{row}: 总计 = {r.Total} but the six applicant columns sum to {r.Sum}"));
    }

    private static void CheckAppeals(IReadOnlyDictionary<string, double> cells, List<Anomaly> anomalies)
    {
        foreach (var group in AppealsTable.Groups)
        {
            string row = "appeals." + group;
            if (RowTotalDiffers(cells, row, AppealsTable.Columns) is { } r)
                anomalies.Add(new Anomaly("appeals", AnomalyKinds.SumMismatch,
                    $"{row}: 总计 = {r.Total} but its four results sum to {r.Sum}"));
        }
    }

    private static bool TryGet(IReadOnlyDictionary<string, double> cells, string row, string column, out double value) =>
        cells.TryGetValue(row + "." + column, out value);

    // The last column is the row's stated total; the others must add up to it.
    private static (double Total, double Sum)? RowTotalDiffers(IReadOnlyDictionary<string, double> cells, string row, IReadOnlyList<string> columns)
    {
        if (!TryGet(cells, row, columns[^1], out var total)) return null;
        var sum = Sum(cells, columns.Take(columns.Count - 1).Select(c => row + "." + c));
        return sum is { } s && Math.Abs(s - total) > Tolerance ? (total, s) : null;
    }

    /// <summary>The sum of the cells, or null when one of them was not read (a missing cell is no evidence).</summary>
    private static double? Sum(IReadOnlyDictionary<string, double> cells, IEnumerable<string> keys)
    {
        double sum = 0;
        foreach (var key in keys)
        {
            if (!cells.TryGetValue(key, out var v)) return null;
            sum += v;
        }
        return sum;
    }
}
