using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// The searcher's cache of text-part results: follow-up requests (another page, sort or filter on the same text)
/// answer as an uncached search does, and a change written through another connection is seen at once.
/// </summary>
[TestFixture]
public sealed class QueryCacheTests
{
    [Test]
    public void FollowUpRequestsAnswerAsAFreshSearchDoes()
    {
        using var folder = new TempFolder();
        using var index = Indexed(folder, out _);
        var cached = new Searcher(index, IndexedCorpus.Components.Analyzer);
        var fresh = new Searcher(index, IndexedCorpus.Components.Analyzer);
        cached.Search(new SearchRequest("公开", Limit: 2));
        foreach (var request in new[]
                 {
                     new SearchRequest("公开", Limit: 2, Offset: 2),
                     new SearchRequest("公开 year:2021", Limit: 2),
                     new SearchRequest("公开", Limit: 3, Sort: SearchRequest.Year),
                 })
        {
            fresh.ForgetCachedQueries();
            Assert.That(Summary(cached.Search(request)), Is.EqualTo(Summary(fresh.Search(request))), request.ToString());
        }
    }

    [Test]
    public void AChangeWrittenThroughAnotherConnectionIsSeen()
    {
        using var folder = new TempFolder();
        using var index = Indexed(folder, out var reports);
        var searcher = new Searcher(index, IndexedCorpus.Components.Analyzer);
        Assert.That(searcher.Search(new SearchRequest("甲乙丙丁戊己庚")).Total, Is.EqualTo(0));

        var changed = Path.Combine(reports, Path.GetFileName(SeedFiles.Reports[0]));
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("总体情况", "总体情况甲乙丙丁戊己庚"));
        using (var other = ReportIndex.OpenExisting(index.Path))
            new IndexWriter(other, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([reports]));

        Assert.That(searcher.Search(new SearchRequest("甲乙丙丁戊己庚")).Total, Is.EqualTo(1));
    }

    private static ReportIndex Indexed(TempFolder folder, out string reports)
    {
        reports = Path.Combine(folder.Path, "reports");
        Directory.CreateDirectory(reports);
        foreach (var seed in SeedFiles.Reports) File.Copy(seed, Path.Combine(reports, Path.GetFileName(seed)));
        var index = ReportIndex.OpenOrCreate(folder.File("r.db"));
        new IndexWriter(index, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([reports]));
        return index;
    }

    private static string Summary(SearchResult result) =>
        $"{result.Total}: " + string.Join(" | ", result.Hits.Select(h => $"{h.Id} {h.Score:R} {string.Join("/", h.Snippets)} {h.Findings.Count}")) +
        " facets " + string.Join(";", result.Facets.Select(f => f.Key + "=" + string.Join(",", f.Value.Select(v => v.Key + ":" + v.Value))));
}
