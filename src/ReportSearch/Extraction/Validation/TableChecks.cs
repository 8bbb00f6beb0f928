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

            if (TryGet(cells, "requests.result.total", column, out var stated) && resultRows.Count > 0)
            {
                double sum = 0;
                bool all = true;
                foreach (var row in resultRows) all &= Add(cells, row, column, ref sum);
                if (all && Math.Abs(sum - stated) > Tolerance)
                    anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                        $"column {column}: 三(七)总计 = {stated} but its rows sum to {sum}"));
            }
        }

        foreach (var row in rows)
        {
            if (!TryGet(cells, row, "total", out var total)) continue;
            double sum = 0;
            bool all = true;
            foreach (var column in RequestsTable.Columns.Take(RequestsTable.Columns.Count - 1)) all &= Add(cells, row, column, ref sum);
            if (all && Math.Abs(sum - total) > Tolerance)
                anomalies.Add(new Anomaly("requests", AnomalyKinds.SumMismatch,
                    $"{row}: 总计 = {total} but the six applicant columns sum to {sum}"));
        }
    }

    private static void CheckAppeals(IReadOnlyDictionary<string, double> cells, List<Anomaly> anomalies)
    {
        foreach (var group in AppealsTable.Groups)
        {
            string row = "appeals." + group;
            if (!TryGet(cells, row, "total", out var total)) continue;
            double sum = 0;
            bool all = true;
            foreach (var column in AppealsTable.Columns.Take(AppealsTable.Columns.Count - 1)) all &= Add(cells, row, column, ref sum);
            if (all && Math.Abs(sum - total) > Tolerance)
                anomalies.Add(new Anomaly("appeals", AnomalyKinds.SumMismatch,
                    $"{row}: 总计 = {total} but its four results sum to {sum}"));
        }
    }

    private static bool TryGet(IReadOnlyDictionary<string, double> cells, string row, string column, out double value) =>
        cells.TryGetValue(row + "." + column, out value);

    private static bool Add(IReadOnlyDictionary<string, double> cells, string row, string column, ref double sum)
    {
        if (!TryGet(cells, row, column, out var v)) return false;
        sum += v;
        return true;
    }
}
