using System.Collections.Frozen;
using ReportSearch.Model;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Table 三 收到和处理政府信息公开申请情况 (<c>requests.&lt;row&gt;.&lt;column&gt;</c>), both editions: the 2021
/// edition splits (六)其他处理 into three sub-rows, the 2019 edition has it as one row.
/// </summary>
public sealed class RequestsTable
{
    public static readonly IReadOnlyList<string> Columns =
        ["natural_person", "business", "research", "social_welfare", "legal_services", "other_org", "total"];

    private static readonly (string Keyword, string RowKey)[] LabelWords =
    [
        ("本年新收", "new"), ("上年结转", "carried_over"),
        ("予以公开", "result.disclosed"), ("部分公开", "result.partly_disclosed"),
        ("国家秘密", "result.withheld.state_secret"), ("禁止公开", "result.withheld.law_prohibited"),
        ("三安全一稳定", "result.withheld.security_stability"), ("危及", "result.withheld.security_stability"),
        ("第三方", "result.withheld.third_party"), ("内部事务", "result.withheld.internal_affairs"),
        ("过程性信息", "result.withheld.process_info"), ("执法案卷", "result.withheld.enforcement_file"),
        ("查询事项", "result.withheld.query_matter"),
        ("不掌握", "result.unavailable.not_held"), ("另行制作", "result.unavailable.needs_creation"),
        ("仍不明确", "result.unavailable.unclear"),
        ("信访举报投诉", "result.not_processed.petition"), ("重复申请", "result.not_processed.duplicate"),
        ("公开出版物", "result.not_processed.publication"), ("大量反复申请", "result.not_processed.excessive"),
        ("重新出具", "result.not_processed.confirm_or_reissue"),
        ("逾期不补正", "result.other.overdue_correction"), ("缴纳费用", "result.other.overdue_fee"),
        ("其他处理", "result.other"), ("其他", "result.other.other"),
        ("总计", "result.total"), ("结转下年度", "carry_forward"),
    ];

    private static readonly RowLabels Labels = new(LabelWords);

    // Every row this table can emit: the labelled rows and the 2019 edition's single 其他处理 row.
    private static readonly FrozenDictionary<string, ColumnKeys> RowKeys = LabelWords.Select(l => l.RowKey).Append("result.other")
        .Distinct().ToFrozenDictionary(row => row, row => ColumnKeys.Of("requests." + row, Columns));

    private readonly CellTokenizer _tokenizer;
    private readonly RowReader _rows;

    public RequestsTable(CellTokenizer tokenizer, RowReader rows)
    {
        _tokenizer = tokenizer;
        _rows = rows;
    }

    /// <summary>"2021" when (六)其他处理 has sub-rows, "2019" when it is one row, null when the table says neither.</summary>
    public static string? EditionOf(IReadOnlyList<Metric> metrics)
    {
        bool oneRow = false;
        foreach (var m in metrics)
        {
            if (!m.Key.StartsWith("requests.result.other.", StringComparison.Ordinal)) continue;
            // 2021: requests.result.other.<sub-row>.<column>; 2019: requests.result.other.<column>.
            if (m.Key.AsSpan("requests.result.other.".Length).Contains('.')) return "2021";
            oneRow = true;
        }
        return oneRow ? "2019" : null;
    }

    public TableRead Read(string text, int start, int end)
    {
        var metrics = new List<Metric>();
        var anomalies = new List<Anomaly>();
        var seen = new HashSet<string>();
        bool started = false;
        foreach (var row in _rows.Read(text, _tokenizer.Tokenize(text, start, end), Labels))
        {
            // Header cells (其他, 总计) come before the first data row; rows start at 本年新收.
            started |= row.RowKey == "new";
            if (!started) continue;
            var rowKey = row.RowKey;
            // A bare 其他 row only exists as the 2021 edition's third 其他处理 sub-row.
            if (rowKey == "result.other.other" && !seen.Contains("result.other.overdue_fee")
                && !seen.Contains("result.other.overdue_correction"))
                rowKey = "result.other";
            if (!seen.Add(rowKey)) continue;
            var keys = RowKeys.GetValueOrDefault(rowKey) ?? ColumnKeys.Of("requests." + rowKey, Columns);
            TableMetrics.AddRow(text, "requests", keys, row, "件", metrics, anomalies);
        }
        return new TableRead(metrics, anomalies);
    }
}
