using ReportSearch.Model;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Table 四 行政复议、行政诉讼 (<c>appeals.&lt;group&gt;.&lt;column&gt;</c>): a header, then one row of 15 numbers,
/// five per group (复议, 未经复议直接起诉, 复议后起诉).
/// </summary>
public sealed class AppealsTable
{
    public static readonly IReadOnlyList<string> Groups = ["review", "suit_direct", "suit_after_review"];
    public static readonly IReadOnlyList<string> Columns = ["upheld", "corrected", "other", "pending", "total"];

    // appeals.<group>.<column> in the data row's order, made once.
    private static readonly string[] Keys =
        Enumerable.Range(0, Groups.Count * Columns.Count).Select(i => $"appeals.{Groups[i / Columns.Count]}.{Columns[i % Columns.Count]}").ToArray();

    private readonly CellTokenizer _tokenizer;

    public AppealsTable(CellTokenizer tokenizer) => _tokenizer = tokenizer;

    public TableRead Read(string text, int start, int end)
    {
        var values = _tokenizer.Tokenize(text, start, end).Where(c => c.IsNumber).ToList();
        if (values.Count == 0) return TableRead.Empty;
        var anomalies = new List<Anomaly>();
        int expected = Groups.Count * Columns.Count;
        if (values.Count != expected)
            anomalies.Add(new Anomaly("appeals", AnomalyKinds.CellCount,
                $"the data row has {values.Count} values where the template has {expected} columns"));
        var metrics = new List<Metric>();
        int rowStart = values[0].Start;
        for (int i = 0; i < Math.Min(expected, values.Count); i++)
        {
            var cell = values[i];
            metrics.Add(new Metric(Keys[i], cell.Number!.Value, false, "件", Metric.FromTable,
                text[rowStart..cell.End], rowStart, cell.End));
        }
        return new TableRead(metrics, anomalies);
    }
}
