using System.Text.Json;
using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.Cli;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// Facets on request: a search counts only the facets it names (the same counts as when it counts them all), every
/// facet by default, and an unknown name is refused; the CLI's <c>--facets</c> passes the list through.
/// </summary>
[TestFixture]
public sealed class FacetSelectionTests
{
    private TempFolder _folder = null!;
    private ReportIndex _index = null!;
    private string _db = null!;

    [OneTimeSetUp]
    public void Index()
    {
        _folder = new TempFolder();
        _db = _folder.File("r.db");
        _index = ReportIndex.OpenOrCreate(_db);
        new IndexWriter(_index, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([SeedFiles.Directory]));
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private Searcher NewSearcher() => new(_index, IndexedCorpus.Components.Analyzer);

    [Test]
    public void WithoutASelectionEveryFacetIsCounted()
    {
        var result = NewSearcher().Search(new SearchRequest("公开"));
        Assert.That(result.Facets.Keys, Is.EqualTo(SearchRequest.FacetNames));
        Assert.That(result.Facets["year"].Values.Sum(), Is.EqualTo(result.Total));
    }

    [TestCase("公开", new[] { "year" })]
    [TestCase("公开 year:2019..2024", new[] { "province", "year" })]
    [TestCase("category:staffing", new[] { "anomaly", "section", "county" })]
    public void ASelectionCountsOnlyThoseFacetsWithTheSameCounts(string query, string[] facets)
    {
        var searcher = NewSearcher();
        var all = searcher.Search(new SearchRequest(query));
        var some = searcher.Search(new SearchRequest(query) { Facets = facets });
        Assert.That(some.Total, Is.EqualTo(all.Total));
        Assert.That(some.Total, Is.GreaterThan(0));
        Assert.That(some.Hits.Select(h => (h.Id, h.Score)), Is.EqualTo(all.Hits.Select(h => (h.Id, h.Score))));
        Assert.That(some.Facets.Keys, Is.EquivalentTo(facets));
        foreach (var facet in facets) Assert.That(some.Facets[facet], Is.EqualTo(all.Facets[facet]), facet);
    }

    [Test]
    public void AnUnknownFacetIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => NewSearcher().Search(new SearchRequest("公开") { Facets = ["year", "colour"] }));
        Assert.That(error!.Message, Does.Contain("colour"));
    }

    [Test]
    public void TheCliCountsTheFacetsNamedByFacets()
    {
        var search = CliProcess.Run("search", "公开", "--db", _db, "--json", "--facets", "year,province");
        Assert.That(search.ExitCode, Is.EqualTo(0), search.Stderr);
        using var json = JsonDocument.Parse(search.Stdout);
        var names = json.RootElement.GetProperty("facets").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(names, Is.EqualTo(new[] { "year", "province" }));

        var refused = CliProcess.Run("search", "公开", "--db", _db, "--facets", "colour");
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Stderr, Does.Contain("unknown facet 'colour'"));
    }
}
