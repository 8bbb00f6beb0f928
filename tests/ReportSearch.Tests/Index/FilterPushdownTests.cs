using ReportSearch.Index;
using ReportSearch.Search;

namespace ReportSearch.Tests.Index;

/// <summary>
/// Filters pushed into matching (a first-asked query with filters matches only the reports they allow) against the
/// unfiltered text result filtered afterwards (what a follow-up request served from the cache does): the same
/// total, ids, scores to the last bit (a phrase's IDF stays that of the whole index) and facets. On a generated
/// corpus and the seeds, indexed, then changed through the writer after the postings were loaded, so the searches
/// run on a base segment with dead reports plus a delta.
/// </summary>
[TestFixture]
public sealed class FilterPushdownTests
{
    private IndexedCorpus _corpus = null!;
    private Searcher _searcher = null!;

    private static readonly string[] Texts =
    [
        "信息公开", "公开", "培训", "人员 不足", "新媒体 OR 公众号", "培训 -宣传", "\"公开不及时\"", "监督", "公", "政府 公",
        "甲乙丙丁戊己庚",
    ];

    [OneTimeSetUp]
    public void Index()
    {
        _corpus = new IndexedCorpus();
        _searcher = new Searcher(_corpus.Index, IndexedCorpus.Components.Analyzer);
        _searcher.Rank(new SearchRequest("公开"));
        // Changed and added after the postings were loaded: the base now has dead reports and a delta serves them.
        var seeds = Path.Combine(_corpus.Folder.Path, "seeds");
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(files[0], File.ReadAllText(files[0]).Replace("公开", "信息公开工作"));
        File.WriteAllText(files[1], File.ReadAllText(files[1]) + "\n本年度加强培训，信息公开监督到位。\n");
        File.WriteAllText(Path.Combine(seeds, "added.txt"), File.ReadAllText(files[2]).Replace("培训", "政府公开培训"));
        _corpus.Writer().Run(new IndexRunOptions([Path.Combine(_corpus.Corpus.Directory, "reports"), seeds]));
    }

    [OneTimeTearDown]
    public void Dispose() => _corpus.Dispose();

    // Not section:, which restricts the text's columns too (a text part of its own, so no unfiltered result serves
    // it); its pushed-down matches are held to a scan in SearchAgainstBruteForceTests, as are those of a text part of
    // exclusions only (year:2021 -宣传), which cannot be asked without a filter.
    private static IEnumerable<string> Filters(IndexedCorpus corpus)
    {
        var sample = corpus.Reports.First(r => r.Report.County is not null && r.Report.Year is not null).Report;
        return
        [
            "year:2021", "year:2019..2020", $"province:{sample.Province}", $"county:{sample.County}", "template:2019",
            "category:staffing", "requests.new.total>0", "year:2021 anomaly:sum_mismatch",
        ];
    }

    [Test]
    public void TheSearchesRunOnABaseWithDeadReportsAndADelta()
    {
        _searcher.Rank(new SearchRequest("公开"));
        Assert.That(_searcher.Postings!.Delta.ReportIds, Has.Length.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void FilteredSearchesEqualTheUnfilteredResultFilteredAfterwards()
    {
        var pushed = new Searcher(_corpus.Index, IndexedCorpus.Components.Analyzer);
        var afterwards = new Searcher(_corpus.Index, IndexedCorpus.Components.Analyzer);
        var compared = 0;
        Assert.Multiple(() =>
        {
            foreach (var text in Texts)
                foreach (var filter in Filters(_corpus))
                {
                    var query = $"{text} {filter}";
                    pushed.ForgetCachedQueries();
                    // The unfiltered text result, kept by the searcher: the filtered request is then served from it.
                    afterwards.Rank(All(text));
                    var expected = afterwards.Rank(All(query));
                    var actual = pushed.Rank(All(query));
                    Assert.That(actual.Total, Is.EqualTo(expected.Total), query);
                    Assert.That(actual.Page, Is.EqualTo(expected.Page), query);
                    Assert.That(actual.Facets, Is.EqualTo(expected.Facets), query);
                    if (actual.Total > 0) compared++;
                }
        });
        // Most combinations match something: the comparison is not of empty results.
        Assert.That(compared, Is.GreaterThan(Texts.Length * Filters(_corpus).Count() / 2));
    }

    [Test]
    public void AFilteredResultIsKeptApartFromTheUnfilteredOne()
    {
        var searcher = new Searcher(_corpus.Index, IndexedCorpus.Components.Analyzer);
        var fresh = new Searcher(_corpus.Index, IndexedCorpus.Components.Analyzer);
        var filtered = searcher.Rank(All("公开 year:2021"));
        var unfiltered = searcher.Rank(All("公开"));
        fresh.ForgetCachedQueries();
        Assert.That(unfiltered.Page, Is.EqualTo(fresh.Rank(All("公开")).Page));
        Assert.That(filtered.Total, Is.LessThan(unfiltered.Total));
        Assert.That(searcher.Rank(All("公开 year:2021")).Page, Is.EqualTo(filtered.Page));
    }

    [Test]
    public void TheFilteredTotalsAgreeWithAScanOfTheStoredReports()
    {
        var fresh = new Searcher(_corpus.Index, IndexedCorpus.Components.Analyzer);
        var stored = new StoredReports(_corpus.Index);
        var reports = _corpus.ReportIds().Select(id => stored.ById(id)!.Report).ToList();
        var fold = IndexedCorpus.Components.Analyzer.Fold;
        Assert.That(fresh.Rank(All("信息公开 year:2021")).Total,
            Is.EqualTo(reports.Count(r => r.Year == 2021 && fold(r.Text).Contains("信息公开"))));
        Assert.That(fresh.Rank(All("培训 -宣传 year:2019..2020")).Total,
            Is.EqualTo(reports.Count(r => r.Year is >= 2019 and <= 2020 && fold(r.Text).Contains("培训") && !fold(r.Text).Contains("宣传"))));
    }

    private static SearchRequest All(string query) => new(query, Limit: 100_000);
}
