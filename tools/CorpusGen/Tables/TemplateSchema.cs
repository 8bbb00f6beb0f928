namespace ReportSearch.CorpusGen.Tables;

/// <summary>A row of table 三: its metric key part, the group label it opens (if any) and its own label, as the seeds write them.</summary>
public sealed record RequestRow(string Key, string? TopLabel, string? GroupLabel, string Label);

/// <summary>A row of table 二: its key part, the 第二十条 item it belongs to, its label and its column keys with their header words.</summary>
public sealed record ProactiveRow(string Item, string Key, string Label, IReadOnlyList<(string Column, string Header)> Columns);

/// <summary>
/// The three standard tables of both template editions (国办公开办函〔2019〕60号 and 〔2021〕30号): metric keys of
/// METRICS.md and the row and column words of the seeds.
/// </summary>
public static class TemplateSchema
{
    public const string Edition2019 = "2019";
    public const string Edition2021 = "2021";

    /// <summary>Table 三's columns in order, with their header words.</summary>
    public static readonly IReadOnlyList<(string Key, string Header)> RequestColumns =
    [
        ("natural_person", "自然人"), ("business", "商业企业"), ("research", "科研机构"), ("social_welfare", "社会公益组织"),
        ("legal_services", "法律服务机构"), ("other_org", "其他"), ("total", "总计"),
    ];

    /// <summary>Table 四's groups and columns.</summary>
    public static readonly IReadOnlyList<string> AppealGroups = ["review", "suit_direct", "suit_after_review"];
    public static readonly IReadOnlyList<(string Key, string Header)> AppealColumns =
        [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"), ("total", "总计")];

    public static IReadOnlyList<ProactiveRow> ProactiveRows(string edition) => edition == Edition2021 ? Proactive2021 : Proactive2019;

    public static IReadOnlyList<RequestRow> RequestRows(string edition) => edition == Edition2021 ? Requests2021 : Requests2019;

    /// <summary>Every table metric key of an edition, in table order (200 for 2021, 198 for 2019).</summary>
    public static IReadOnlyList<string> AllKeys(string edition) =>
        ProactiveKeys(edition).Concat(RequestKeys(edition)).Concat(AppealKeys()).ToList();

    public static IEnumerable<string> ProactiveKeys(string edition) =>
        ProactiveRows(edition).SelectMany(r => r.Columns.Select(c => $"art20.{r.Key}.{c.Column}"));

    public static IEnumerable<string> RequestKeys(string edition) =>
        RequestRows(edition).SelectMany(r => RequestColumns.Select(c => $"requests.{r.Key}.{c.Key}"));

    public static IEnumerable<string> AppealKeys() =>
        AppealGroups.SelectMany(g => AppealColumns.Select(c => $"appeals.{g}.{c.Key}"));

    /// <summary>The result rows of table 三 (三、本年度办理结果 without its 总计).</summary>
    public static IEnumerable<string> ResultRowKeys(string edition) =>
        RequestRows(edition).Select(r => r.Key).Where(k => k.StartsWith("result.", StringComparison.Ordinal) && k != "result.total");

    private static readonly IReadOnlyList<ProactiveRow> Proactive2021 =
    [
        new("第二十条第（一）项", "rules", "规章", [("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")]),
        new("第二十条第（一）项", "normative_docs", "行政规范性文件", [("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")]),
        new("第二十条第（五）项", "licensing", "行政许可", [("decisions", "本年处理决定数量")]),
        new("第二十条第（六）项", "penalty", "行政处罚", [("decisions", "本年处理决定数量")]),
        new("第二十条第（六）项", "enforcement", "行政强制", [("decisions", "本年处理决定数量")]),
        new("第二十条第（八）项", "fees", "行政事业性收费", [("amount_wan", "本年收费金额（单位：万元）")]),
    ];

    private static readonly (string, string)[] ItemColumns2019 =
        [("prev_items", "上一年项目数量"), ("delta", "本年增/减"), ("decisions", "处理决定数量")];

    private static readonly IReadOnlyList<ProactiveRow> Proactive2019 =
    [
        new("第二十条第（一）项", "rules", "规章", [("made", "本年新制作数量"), ("published", "本年新公开数量"), ("public_total", "对外公开总数量")]),
        new("第二十条第（一）项", "normative_docs", "规范性文件", [("made", "本年新制作数量"), ("published", "本年新公开数量"), ("public_total", "对外公开总数量")]),
        new("第二十条第（五）项", "licensing", "行政许可", ItemColumns2019),
        new("第二十条第（五）项", "other_services", "其他对外管理服务事项", ItemColumns2019),
        new("第二十条第（六）项", "penalty", "行政处罚", ItemColumns2019),
        new("第二十条第（六）项", "enforcement", "行政强制", ItemColumns2019),
        new("第二十条第（八）项", "fees", "行政事业性收费", [("prev_items", "上一年项目数量"), ("delta", "本年增/减")]),
        new("第二十条第（九）项", "procurement", "政府集中采购", [("items", "采购项目数量"), ("amount_wan", "采购总金额")]),
    ];

    private static readonly IReadOnlyList<RequestRow> Head =
    [
        new("new", null, null, "一、本年新收政府信息公开申请数量"),
        new("carried_over", null, null, "二、上年结转政府信息公开申请数量"),
        new("result.disclosed", "三、本年度办理结果", null, "（一）予以公开"),
        new("result.partly_disclosed", null, null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        new("result.withheld.state_secret", null, "（三）不予公开", "1.属于国家秘密"),
        new("result.withheld.law_prohibited", null, null, "2.其他法律行政法规禁止公开"),
        new("result.withheld.security_stability", null, null, "3.危及“三安全一稳定”"),
        new("result.withheld.third_party", null, null, "4.保护第三方合法权益"),
        new("result.withheld.internal_affairs", null, null, "5.属于三类内部事务信息"),
        new("result.withheld.process_info", null, null, "6.属于四类过程性信息"),
        new("result.withheld.enforcement_file", null, null, "7.属于行政执法案卷"),
        new("result.withheld.query_matter", null, null, "8.属于行政查询事项"),
        new("result.unavailable.not_held", null, "（四）无法提供", "1.本机关不掌握相关政府信息"),
        new("result.unavailable.needs_creation", null, null, "2.没有现成信息需要另行制作"),
        new("result.unavailable.unclear", null, null, "3.补正后申请内容仍不明确"),
        new("result.not_processed.petition", null, "（五）不予处理", "1.信访举报投诉类申请"),
        new("result.not_processed.duplicate", null, null, "2.重复申请"),
        new("result.not_processed.publication", null, null, "3.要求提供公开出版物"),
        new("result.not_processed.excessive", null, null, "4.无正当理由大量反复申请"),
        new("result.not_processed.confirm_or_reissue", null, null, "5.要求行政机关确认或重新出具已获取信息"),
    ];

    private static readonly IReadOnlyList<RequestRow> Tail =
    [
        new("result.total", null, null, "（七）总计"),
        new("carry_forward", null, null, "四、结转下年度继续办理"),
    ];

    private static readonly IReadOnlyList<RequestRow> Requests2021 =
    [
        .. Head,
        new("result.other.overdue_correction", null, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        new("result.other.overdue_fee", null, null, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        new("result.other.other", null, null, "3.其他"),
        .. Tail,
    ];

    private static readonly IReadOnlyList<RequestRow> Requests2019 =
    [
        .. Head,
        new("result.other", null, null, "（六）其他处理"),
        .. Tail,
    ];
}
