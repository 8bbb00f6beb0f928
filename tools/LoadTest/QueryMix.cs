namespace ReportSearch.LoadTest;

/// <summary>One search request of the mix: the query and, for some, a page offset or the year sort.</summary>
public sealed record LoadQuery(string Q, int Offset, string? Sort)
{
    public string PathAndQuery =>
        "/api/search?limit=10&q=" + Uri.EscapeDataString(Q) + (Offset > 0 ? $"&offset={Offset}" : "") + (Sort is null ? "" : "&sort=" + Sort);
}

/// <summary>
/// What people type into the page, weighted by how often they would: mostly one or two words, then phrases, filters
/// by year, place or category, boolean queries, a second page now and then, and a filter alone (browsing a year:
/// the facet links). Drawn with a seeded random, so runs with one seed send the same sequence.
/// </summary>
public static class QueryMix
{
    private static readonly (int Weight, string Q)[] Queries =
    [
        (10, "人员不足"), (8, "公开不及时"), (6, "新媒体"), (6, "政务公开"), (5, "村务公开"), (5, "培训"),
        (4, "依申请公开"), (4, "行政复议"), (4, "政策解读"), (3, "公众号"), (3, "信息公开 专栏"), (3, "人员 力量 薄弱"),
        (4, "\"公开不及时\""), (3, "\"人员配置有限\""), (2, "\"主动公开政府信息\""),
        (4, "人员不足 year:2021"), (3, "培训 year:2022"), (3, "category:staffing"), (2, "section:problems category:timeliness"),
        (2, "新媒体 OR 公众号"), (2, "村务公开 -宣传"), (2, "(培训 OR 学习) 不够"), (2, "公开 year:2020..2022"),
        (2, "province:河南省 人员"), (1, "anomaly:sum_mismatch"), (1, "template:2021 依申请"), (3, "year:2022"),
    ];

    private static readonly int Total = Queries.Sum(q => q.Weight);

    public static LoadQuery Next(Random random)
    {
        var pick = random.Next(Total);
        var q = Queries.First(x => (pick -= x.Weight) < 0).Q;
        // One request in eight turns a page; one in ten sorts by year.
        var offset = random.Next(8) == 0 ? 10 * random.Next(1, 5) : 0;
        var sort = random.Next(10) == 0 ? "year" : null;
        return new LoadQuery(q, offset, sort);
    }
}
