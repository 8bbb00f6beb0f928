using ReportSearch.CorpusGen.Findings;
using ReportSearch.Model;

namespace ReportSearch.Tests.CorpusGen;

/// <summary>
/// The problem and measure catalogs fit how findings are scored: a truth item matches an extracted one when its
/// title is contained in it, so no title may contain another, and titles end before the first 。；：.
/// </summary>
[TestFixture]
public sealed class CatalogTests
{
    private static IEnumerable<IReadOnlyList<FindingIdea>> Catalogs() => [ProblemCatalog.All, MeasureCatalog.All];

    [TestCaseSource(nameof(Catalogs))]
    public void No_title_contains_another(IReadOnlyList<FindingIdea> catalog)
    {
        var titles = catalog.SelectMany(i => i.Titles).ToList();
        Assert.That(titles, Is.Unique);
        foreach (var a in titles)
            foreach (var b in titles.Where(b => b != a))
                Assert.That(b, Does.Not.Contain(a));
    }

    [TestCaseSource(nameof(Catalogs))]
    public void Titles_are_clauses_and_categories_come_from_the_taxonomy(IReadOnlyList<FindingIdea> catalog)
    {
        foreach (var idea in catalog)
        {
            Assert.That(idea.Titles, Has.Count.GreaterThanOrEqualTo(2), idea.Id);
            Assert.That(idea.Titles.All(t => t.IndexOfAny(['。', '；', '：']) < 0), idea.Id);
            Assert.That(idea.Categories, Is.Not.Empty.And.SubsetOf(ProblemCategories.All), idea.Id);
        }
        Assert.That(catalog.SelectMany(i => i.Categories).Distinct(), Is.EquivalentTo(ProblemCategories.All));
    }
}
