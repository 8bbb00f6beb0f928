namespace ReportSearch.Query;

/// <summary>
/// Every metric key of METRICS.md, so that a query naming one that cannot exist (a typo) is told so instead of
/// silently finding nothing: table 二 (<c>art20.*</c>, both editions), table 三 (<c>requests.&lt;row&gt;.&lt;column&gt;</c>),
/// table 四 (<c>appeals.&lt;group&gt;.&lt;column&gt;</c>) and the prose counts (<c>disclosed.*</c>, <c>requests.received</c>).
/// </summary>
public static class MetricKeys
{
    /// <summary>The first part of every key.</summary>
    public static readonly IReadOnlyList<string> Families = ["disclosed", "requests", "appeals", "art20"];

    /// <summary>All keys, sorted.</summary>
    public static readonly IReadOnlyList<string> All = Build();

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> (lower case) is a METRICS.md key.</summary>
    public static bool IsKnown(string key) => Known.Contains(key);

    private static string[] Build()
    {
        var keys = new List<string> { "disclosed.total", "requests.received" };
        keys.AddRange(Cross("disclosed.channel", ["website", "wechat", "weibo", "app", "noticeboard", "other"]));
        keys.AddRange(Proactive());
        keys.AddRange(Cross("requests", RequestRows(), ["natural_person", "business", "research", "social_welfare",
            "legal_services", "other_org", "total"]));
        keys.AddRange(Cross("appeals", ["review", "suit_direct", "suit_after_review"],
            ["upheld", "corrected", "other", "pending", "total"]));
        return keys.Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    // Table 二 in both editions: a key of either is a key.
    private static IEnumerable<string> Proactive() =>
        Cross("art20", ["rules", "normative_docs"], ["issued", "repealed", "in_force", "made", "published", "public_total"])
            .Concat(Cross("art20", ["licensing", "other_services", "penalty", "enforcement"], ["prev_items", "delta", "decisions"]))
            .Concat(Cross("art20.fees", ["amount_wan", "prev_items", "delta"]))
            .Concat(Cross("art20.procurement", ["items", "amount_wan"]));

    private static IEnumerable<string> RequestRows() =>
        new[] { "new", "carried_over", "result.disclosed", "result.partly_disclosed", "result.total", "carry_forward", "result.other" }
            .Concat(Cross("result.withheld", ["state_secret", "law_prohibited", "security_stability", "third_party",
                "internal_affairs", "process_info", "enforcement_file", "query_matter"]))
            .Concat(Cross("result.unavailable", ["not_held", "needs_creation", "unclear"]))
            .Concat(Cross("result.not_processed", ["petition", "duplicate", "publication", "excessive", "confirm_or_reissue"]))
            .Concat(Cross("result.other", ["overdue_correction", "overdue_fee", "other"]));

    private static IEnumerable<string> Cross(string prefix, IEnumerable<string> parts) =>
        parts.Select(part => prefix + "." + part);

    private static IEnumerable<string> Cross(string prefix, IEnumerable<string> rows, IReadOnlyList<string> columns) =>
        rows.SelectMany(row => columns.Select(column => $"{prefix}.{row}.{column}"));
}
