using System.CommandLine;
using System.Diagnostics;
using ReportSearch.Index;
using ReportSearch.Search;

namespace ReportSearch.Benchmarks;

/// <summary>
/// <c>bench search --db PATH</c>: query latency (p50/p95/p99) of 30 realistic queries, each asking for the top 10
/// with facets, on an index built by <c>reportsearch index</c>; warm (the first pass is not timed) but with the
/// searcher's query cache emptied before each, then the follow-ups a reader makes (page 2, a facet click), which may
/// use it. Each first-asked query is timed three times: the matching part with the year facet only (total, year
/// facet, the top 10 ids and scores: what the targets and the Lucene reference measure), the matching part
/// with every facet (<see cref="Searcher.Rank"/>), and the full search with the hits' rows and snippets. Each line
/// also gives the managed bytes the searching thread allocated (the garbage a search leaves). Also the
/// searcher's load time (the first text query loads the postings) and memory. Wall time and the process's
/// processor time (the machine is shared).
/// </summary>
public static class SearchBenchmark
{
    public static readonly IReadOnlyList<string> Queries =
    [
        "人员不足", "公开不及时", "微信公众号", "依申请公开", "行政复议", "村务公开", "培训", "\"更新不及时\"",
        "新媒体 OR 公众号", "政策解读", "人员 不足", "宣传 -培训", "公开栏", "信息公开 year:2021", "不规范 section:problems",
        "category:staffing", "主动公开 year:2019..2021", "行政诉讼", "政府网站", "意识不强", "队伍建设", "考核 机制",
        "回应关切", "便民", "公开范围", "专职人员", "知晓率", "标准化 规范化", "形式单一", "監督",
    ];

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Index file", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the 30 queries", DefaultValueFactory = _ => 5 };
        var command = new Command("search", "Query latency percentiles on an index") { db, rounds };
        command.SetAction(p => Run(p.GetValue(db)!, p.GetValue(rounds)));
        return command;
    }

    private static int Run(string db, int rounds)
    {
        using var components = IndexComponents.Create();
        using var index = ReportIndex.OpenExisting(db);
        var searcher = new Searcher(index, components.Analyzer);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var load = new Timings();
        load.Time(() => searcher.Rank(new SearchRequest(Queries[0])));
        var postings = searcher.Postings!;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"postings loaded with the first query: {load.Summary()}; {postings.Reports:N0} reports, " +
                          $"{postings.Lexicon.Count:N0} terms, arrays {postings.Bytes / 1024 / 1024:N0} MiB, managed heap +{(after - before) / 1024 / 1024:N0} MiB, " +
                          $"peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        var totals = Queries.ToDictionary(q => q, q => searcher.Search(new SearchRequest(q)).Total); // warm-up
        var yearOnly = new Timings();
        var matching = new Timings();
        var first = new Timings();
        var followUps = new Timings();
        var perQuery = Queries.ToDictionary(q => q, _ => (YearOnly: new List<double>(), AllFacets: new List<double>()));
        for (var round = 0; round < rounds; round++)
            foreach (var query in Queries)
            {
                // A query as first asked: nothing of it is cached from the warm-up or an earlier round.
                searcher.ForgetCachedQueries();
                perQuery[query].YearOnly.Add(yearOnly.Time(() => searcher.Rank(new SearchRequest(query) { Facets = YearFacet })));
                searcher.ForgetCachedQueries();
                perQuery[query].AllFacets.Add(matching.Time(() => searcher.Rank(new SearchRequest(query))));
                searcher.ForgetCachedQueries();
                first.Time(() => searcher.Search(new SearchRequest(query)));
                // What a reader does next: the second page, then a click on a year facet (the same text part).
                followUps.Time(() => searcher.Search(new SearchRequest(query, Offset: 10)));
                followUps.Time(() => searcher.Search(new SearchRequest(query + " year:2021")));
            }
        foreach (var query in Queries)
            Console.WriteLine($"{query,-24} {totals[query],8:N0} hits  median (wall) year facet + top 10 {Median(perQuery[query].YearOnly),8:0.00} ms, " +
                              $"all facets + top 10 {Median(perQuery[query].AllFacets),8:0.00} ms");
        Console.WriteLine($"{yearOnly.Count} matchings with the year facet (total, year facet, top 10 ids and scores): {yearOnly.Summary()}");
        Console.WriteLine($"{matching.Count} matchings with all facets (total, every facet, top 10 ids and scores): {matching.Summary()}");
        Console.WriteLine($"{first.Count} searches (all facets, the hits' rows and snippets): {first.Summary()}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        Console.WriteLine($"{followUps.Count} follow-ups (page 2, a year facet): {followUps.Summary()}");
        return 0;
    }

    private static readonly string[] YearFacet = ["year"];

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>Wall and processor (all threads') milliseconds of a series of searches, with percentiles.</summary>
    private sealed class Timings
    {
        private readonly List<double> _wall = [], _cpu = [], _allocated = [];

        public int Count => _wall.Count;

        public double Time(Action search)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadClock.ProcessMilliseconds();
            var watch = Stopwatch.StartNew();
            search();
            _wall.Add(watch.Elapsed.TotalMilliseconds);
            _cpu.Add(ThreadClock.ProcessMilliseconds() - cpu);
            _allocated.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0);
            return _wall[^1];
        }

        public string Summary() => $"wall p50 {P(_wall, 0.50):0.00} ms, p95 {P(_wall, 0.95):0.00} ms, p99 {P(_wall, 0.99):0.00} ms; " +
                                   $"processor p50 {P(_cpu, 0.50):0.00} ms, p95 {P(_cpu, 0.95):0.00} ms, p99 {P(_cpu, 0.99):0.00} ms; " +
                                   $"allocated p50 {P(_allocated, 0.50):N0} KiB, max {_allocated.Max():N0} KiB";

        private static double P(List<double> values, double p)
        {
            var sorted = values.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        }
    }
}
