using ReportSearch.Search;

namespace ReportSearch.Tests.Index;

/// <summary>
/// Search on a real index of a generated corpus (txt, GB18030, .docx, .html) and the seeds, against a brute-force
/// scan of the same stored texts: substrings, phrases, OR, exclusion, every filter and every facet count.
/// </summary>
[TestFixture]
public sealed class SearchAgainstBruteForceTests
{
    private IndexedCorpus _corpus = null!;

    [OneTimeSetUp]
    public void Index() => _corpus = new IndexedCorpus();

    [OneTimeTearDown]
    public void Dispose() => _corpus.Dispose();

    private string Folded(StoredReport r) => IndexedCorpus.Components.Analyzer.Fold(r.Report.Text);

    private List<long> Scan(Func<StoredReport, bool> holds) => _corpus.Reports.Where(holds).Select(r => r.Id).Order().ToList();

    [Test]
    public void EveryFileWasIndexed()
    {
        Assert.That(_corpus.Summary.Failed, Is.EqualTo(0), string.Join("\n", _corpus.Summary.Failures));
        Assert.That(_corpus.Reports, NUnit.Framework.Has.Count.EqualTo(_corpus.Summary.Files));
        Assert.That(_corpus.Reports, NUnit.Framework.Has.Count.GreaterThan(150));
    }

    [Test]
    public void FiveHundredRandomChineseSubstringsEachFindTheirReport()
    {
        var random = new Random(4);
        var misses = new List<string>();
        for (var n = 0; n < 500; n++)
        {
            var report = _corpus.Reports[random.Next(_corpus.Reports.Count)];
            var term = RandomChineseSubstring(report.Report.Text, random);
            if (!_corpus.Find(term).Contains(report.Id)) misses.Add($"{term} in {report.Report.File}");
        }
        Assert.That(misses, Is.Empty);
    }

    private static string RandomChineseSubstring(string text, Random random)
    {
        while (true)
        {
            var length = random.Next(2, 7);
            var start = random.Next(0, Math.Max(1, text.Length - length));
            var piece = text.Substring(start, Math.Min(length, text.Length - start));
            if (piece.Length >= 2 && piece.All(c => c is >= '\u4E00' and <= '\u9FFF')) return piece;
        }
    }

    [TestCase("人员不足")]
    [TestCase("\"公开不及时\"")]
    [TestCase("微信公众号")]
    [TestCase("村务公开")]
    public void APhraseFindsExactlyTheReportsHoldingIt(string query)
    {
        var term = query.Trim('"');
        Assert.That(_corpus.Find(query), Is.EqualTo(Scan(r => Folded(r).Contains(term))));
    }

    [Test]
    public void OrAndExclusionAgreeWithTheScan()
    {
        Assert.That(_corpus.Find("新媒体 OR 公众号"), Is.EqualTo(Scan(r => Folded(r).Contains("新媒体") || Folded(r).Contains("公众号"))));
        Assert.That(_corpus.Find("培训 -宣传"), Is.EqualTo(Scan(r => Folded(r).Contains("培训") && !Folded(r).Contains("宣传"))));
        Assert.That(_corpus.Find("year:2021 -宣传"), Is.EqualTo(Scan(r => r.Report.Year == 2021 && !Folded(r).Contains("宣传"))));
    }

    [Test]
    public void ATraditionalCharacterQueryFindsTheSimplifiedText()
    {
        var simplified = _corpus.Find("监督保障");
        Assert.That(simplified, Is.Not.Empty);
        Assert.That(_corpus.Find("監督保障"), Is.EqualTo(simplified));
    }

    [Test]
    public void EveryFilterAgreesWithTheScan()
    {
        var sample = _corpus.Reports.First(r => r.Report.County is not null && r.Report.Year is not null);
        var r0 = sample.Report;
        Assert.Multiple(() =>
        {
            Check("公开 year:2021", r => r.Year == 2021 && Has(r.Text, "公开"));
            Check("公开 year:2019..2020", r => r.Year is >= 2019 and <= 2020 && Has(r.Text, "公开"));
            Check($"province:{r0.Province}", r => r.Province == r0.Province);
            Check($"city:{r0.City}", r => r.City == r0.City);
            Check($"county:{r0.County}", r => r.County == r0.County);
            Check($"township:{r0.Township}", r => r.Township == r0.Township);
            Check("template:2019", r => r.Template == "2019");
            Check("category:staffing", r => r.Problems.Concat(r.Measures).Any(f => f.Categories.Contains("staffing")));
            Check("anomaly:sum_mismatch", r => r.Anomalies.Any(a => a.Kind == "sum_mismatch"));
            Check("requests.new.total>0", r => FirstValue(r, "requests.new.total") is > 0);
            Check("requests.new.total=0", r => FirstValue(r, "requests.new.total") is 0);
            Check("disclosed.total>=100", r => FirstValue(r, "disclosed.total") is >= 100);
            Check("培训 section:problems", r => InSection(r, "problems", "培训"));
            Check("公开 section:overview", r => InSection(r, "overview", "公开"));
        });
    }

    private void Check(string query, Func<Model.Report, bool> holds) =>
        Assert.That(_corpus.Find(query), Is.EqualTo(Scan(r => holds(r.Report))), query);

    private bool Has(string text, string term) => IndexedCorpus.Components.Analyzer.Fold(text).Contains(term);

    private bool InSection(Model.Report r, string kind, string term) =>
        r.Sections.Where(s => s.Kind == kind).Any(s => Has(r.Text[s.Start..s.End], term));

    private static double? FirstValue(Model.Report r, string key) => r.Metrics.FirstOrDefault(m => m.Key == key)?.Value;

    [Test]
    public void FacetCountsAreCountsOverTheWholeResult()
    {
        var result = _corpus.Searcher.Search(new SearchRequest("公开", Limit: 3));
        var all = _corpus.Reports.Where(r => Has(r.Report.Text, "公开")).Select(r => r.Report).ToList();
        Assert.That(result.Total, Is.EqualTo(all.Count));
        Assert.That(result.Hits, NUnit.Framework.Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Facet(result, "year", all.Where(r => r.Year is not null).GroupBy(r => r.Year!.Value.ToString()));
            Facet(result, "province", all.Where(r => r.Province is not null).GroupBy(r => r.Province!));
            Facet(result, "city", all.Where(r => r.City is not null).GroupBy(r => r.City!));
            Facet(result, "county", all.Where(r => r.County is not null).GroupBy(r => r.County!));
            Facet(result, "template", all.Where(r => r.Template is not null).GroupBy(r => r.Template!));
            Facet(result, "section", all.SelectMany(r => r.Sections.Select(s => s.Kind).Distinct().Select(k => (k, r))).GroupBy(p => p.k, p => p.r));
            Facet(result, "category", all.SelectMany(r => r.Problems.Concat(r.Measures).SelectMany(f => f.Categories).Distinct().Select(c => (c, r))).GroupBy(p => p.c, p => p.r));
        });
    }

    private static void Facet<T>(SearchResult result, string name, IEnumerable<IGrouping<string, T>> groups) =>
        Assert.That(result.Facets[name], Is.EquivalentTo(groups.ToDictionary(g => g.Key, g => g.Count())), name);

    [Test]
    public void HighlightsCoverExactlyTheMatchedText()
    {
        var result = _corpus.Searcher.Search(new SearchRequest("人员不足 OR 公開", Limit: 20));
        Assert.That(result.Hits, Is.Not.Empty);
        foreach (var html in result.Hits.SelectMany(h => h.Snippets.Concat(h.Findings.Select(f => f.Html))))
        {
            var marks = System.Text.RegularExpressions.Regex.Matches(html, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value).ToList();
            Assert.That(marks, Is.Not.Empty, html);
            foreach (var mark in marks)
                Assert.That(System.Text.RegularExpressions.Regex.IsMatch(IndexedCorpus.Components.Analyzer.Fold(mark), "^(人员不足|公开)+$"), mark);
            var unmarked = System.Text.RegularExpressions.Regex.Replace(html, "<mark>.*?</mark>", "|");
            Assert.That(IndexedCorpus.Components.Analyzer.Fold(unmarked), Does.Not.Contain("人员不足").And.Not.Contain("公开"), html);
        }
    }

    [Test]
    public void SectionProblemsReturnsTheMatchingFindings()
    {
        var result = _corpus.Searcher.Search(new SearchRequest("培训 section:problems", Limit: 10));
        Assert.That(result.Hits, Is.Not.Empty);
        foreach (var hit in result.Hits)
        {
            Assert.That(hit.Findings, Is.Not.Empty, hit.File);
            Assert.That(hit.Findings.All(f => f.Html.Contains("<mark>培训</mark>")), hit.File);
        }
    }

    [Test]
    public void SortByYearAndByMetricOrderTheHits()
    {
        var byYear = _corpus.Searcher.Search(new SearchRequest("公开", Limit: 50, Sort: "year")).Hits.Select(h => h.Year ?? 0).ToList();
        Assert.That(byYear, Is.Ordered.Descending);
        var byMetric = _corpus.Searcher.Search(new SearchRequest("requests.new.total>0", Limit: 20, Sort: "requests.new.total")).Hits;
        var values = byMetric.Select(h => _corpus.Reports.Single(r => r.Id == h.Id).Report.Metrics.First(m => m.Key == "requests.new.total").Value).ToList();
        Assert.That(values, Is.Ordered.Descending);
        var page2 = _corpus.Searcher.Search(new SearchRequest("公开", Limit: 5, Offset: 5)).Hits.Select(h => h.Id);
        var first10 = _corpus.Searcher.Search(new SearchRequest("公开", Limit: 10)).Hits.Select(h => h.Id).Skip(5);
        Assert.That(page2, Is.EqualTo(first10));
    }
}
