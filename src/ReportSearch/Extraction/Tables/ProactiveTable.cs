using System.Collections.Frozen;
using ReportSearch.Model;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Table 二 主动公开政府信息情况 (<c>art20.*</c>) in either template edition. The edition is told by the table's
/// own header words (本年制发件数 → 2021, 本年新制作数量 → 2019), never by the report's year.
/// </summary>
public sealed class ProactiveTable
{
    private static readonly RowLabels Labels = new([
        ("规章", "rules"), ("规范性文件", "normative_docs"), ("行政许可", "licensing"),
        ("其他对外管理服务事项", "other_services"), ("行政处罚", "penalty"), ("行政强制", "enforcement"),
        ("行政事业性收费", "fees"), ("政府集中采购", "procurement"),
    ]);

    private static readonly Dictionary<string, string[]> Columns2021 = new()
    {
        ["rules"] = ["issued", "repealed", "in_force"], ["normative_docs"] = ["issued", "repealed", "in_force"],
        ["licensing"] = ["decisions"], ["penalty"] = ["decisions"], ["enforcement"] = ["decisions"],
        ["fees"] = ["amount_wan"],
    };

    private static readonly Dictionary<string, string[]> Columns2019 = new()
    {
        ["rules"] = ["made", "published", "public_total"], ["normative_docs"] = ["made", "published", "public_total"],
        ["licensing"] = ["prev_items", "delta", "decisions"], ["other_services"] = ["prev_items", "delta", "decisions"],
        ["penalty"] = ["prev_items", "delta", "decisions"], ["enforcement"] = ["prev_items", "delta", "decisions"],
        ["fees"] = ["prev_items", "delta"], ["procurement"] = ["items", "amount_wan"],
    };

    private static readonly FrozenDictionary<string, ColumnKeys> Keys2021 = KeysOf(Columns2021);
    private static readonly FrozenDictionary<string, ColumnKeys> Keys2019 = KeysOf(Columns2019);
    private static readonly ColumnKeys ProcurementKeys = ColumnKeys.Of("art20.procurement", ["items", "amount_wan"]);

    private static FrozenDictionary<string, ColumnKeys> KeysOf(Dictionary<string, string[]> columns) =>
        columns.ToFrozenDictionary(c => c.Key, c => ColumnKeys.Of("art20." + c.Key, c.Value));

    private readonly CellTokenizer _tokenizer;
    private readonly RowReader _rows;

    public ProactiveTable(CellTokenizer tokenizer, RowReader rows)
    {
        _tokenizer = tokenizer;
        _rows = rows;
    }

    /// <summary>The template edition the header words of the region name, or null when they name none.</summary>
    public static string? EditionOf(string text, int start, int end)
    {
        var compact = Compact(text.AsSpan(start, end - start));
        if (compact.Contains("本年制发件数") || compact.Contains("现行有效件数") || compact.Contains("本年废止件数")) return "2021";
        if (compact.Contains("本年新制作数量") || compact.Contains("对外公开总数量") || compact.Contains("上一年项目数量")
            || compact.Contains("本年新公开数量")) return "2019";
        return null;
    }

    public TableRead Read(string text, int start, int end, string edition)
    {
        var columns = edition == "2019" ? Keys2019 : Keys2021;
        var metrics = new List<Metric>();
        var anomalies = new List<Anomaly>();
        var seen = new HashSet<string>();
        foreach (var row in _rows.Read(text, _tokenizer.Tokenize(text, start, end), Labels))
        {
            if (!columns.TryGetValue(row.RowKey, out var keys) || !seen.Add(row.RowKey)) continue;
            string? unit = row.RowKey is "fees" && edition == "2021" ? "万元" : null;
            if (row.RowKey is "procurement")
            {
                AddProcurement(text, row, metrics, anomalies);
                continue;
            }
            TableMetrics.AddRow(text, "proactive", keys, row, unit, metrics, anomalies);
        }
        return new TableRead(metrics, anomalies);
    }

    // The procurement row mixes a count with an amount in 万元: give each its own unit.
    private static void AddProcurement(string text, TableRow row, List<Metric> metrics, List<Anomaly> anomalies)
    {
        var read = new List<Metric>();
        TableMetrics.AddRow(text, "proactive", ProcurementKeys, row, null, read, anomalies);
        metrics.AddRange(read.Select(m => m.Key.EndsWith("amount_wan", StringComparison.Ordinal) ? m with { Unit = "万元" } : m));
    }

    internal static string Compact(ReadOnlySpan<char> region)
    {
        var chars = new char[region.Length];
        int n = 0;
        foreach (var c in region)
            if (!char.IsWhiteSpace(c)) chars[n++] = c;
        return new string(chars, 0, n);
    }
}
