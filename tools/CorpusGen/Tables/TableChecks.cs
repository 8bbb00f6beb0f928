namespace ReportSearch.CorpusGen.Tables;

/// <summary>
/// The template's own checks (勾稽关系) on a set of table cells: 一 + 二 = 三(七)总计 + 四 per column of table 三, each
/// column's 总计 = the sum of its rows, the 总计 column = the sum of the other six, and in table 四 each group's
/// 总计 = the sum of its other four columns. Returns the table of every failed check.
/// </summary>
public static class TableChecks
{
    /// <param name="cell">The value of a metric key (0 when absent).</param>
    public static IReadOnlyList<(string Table, string Detail)> Failures(string edition, Func<string, double> cell)
    {
        var failures = new List<(string, string)>();
        var columns = TemplateSchema.RequestColumns.Select(c => c.Key).ToList();
        var parts = columns.Where(c => c != "total").ToList();
        var resultRows = TemplateSchema.ResultRowKeys(edition).ToList();

        foreach (var c in columns)
        {
            var inflow = cell($"requests.new.{c}") + cell($"requests.carried_over.{c}");
            var outflow = cell($"requests.result.total.{c}") + cell($"requests.carry_forward.{c}");
            if (!Same(inflow, outflow)) failures.Add(("requests", $"{c}: 一+二 = {inflow} but 三(七)总计+四 = {outflow}"));
            var sum = resultRows.Sum(r => cell($"requests.{r}.{c}"));
            if (!Same(sum, cell($"requests.result.total.{c}"))) failures.Add(("requests", $"{c}: 总计 {cell($"requests.result.total.{c}")} but rows sum to {sum}"));
        }
        foreach (var row in TemplateSchema.RequestRows(edition))
        {
            var sum = parts.Sum(c => cell($"requests.{row.Key}.{c}"));
            if (!Same(sum, cell($"requests.{row.Key}.total"))) failures.Add(("requests", $"{row.Key}: 总计 {cell($"requests.{row.Key}.total")} but columns sum to {sum}"));
        }
        foreach (var g in TemplateSchema.AppealGroups)
        {
            var sum = new[] { "upheld", "corrected", "other", "pending" }.Sum(c => cell($"appeals.{g}.{c}"));
            if (!Same(sum, cell($"appeals.{g}.total"))) failures.Add(("appeals", $"{g}: 总计 {cell($"appeals.{g}.total")} but columns sum to {sum}"));
        }
        return failures;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) < 1e-9;
}
