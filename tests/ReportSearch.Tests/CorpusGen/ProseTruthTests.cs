using System.Globalization;
using ReportSearch.Model;

namespace ReportSearch.Tests.CorpusGen;

/// <summary>
/// The truth's prose numbers, problem and measure items, body and region names are really in the files, and the
/// region fields say no more than the text settles.
/// </summary>
[TestFixture]
public sealed class ProseTruthTests
{
    private GeneratedCorpus _corpus = null!;

    [OneTimeSetUp]
    public void Generate() => _corpus = GeneratedCorpus.Create(townships: 80, seed: 9);

    [OneTimeTearDown]
    public void Remove() => _corpus.Dispose();

    [Test]
    public void Prose_numbers_are_written_in_the_files()
    {
        var seen = 0;
        foreach (var truth in _corpus.Truths)
        {
            var text = _corpus.TextOf(truth.File);
            foreach (var m in truth.Metrics.Where(m => m.Source == Metric.FromText))
            {
                if (m.Key == "requests.received" && m.Value == 0 && m.Unit is null) continue; // 未收到, written without a number
                Assert.That(text, Does.Contain(m.Value.ToString("0.##", CultureInfo.InvariantCulture) + (m.Approx ? "" : m.Unit ?? "")), $"{truth.File}: {m.Key}");
                seen++;
            }
        }
        Assert.That(seen, Is.GreaterThan(200));
        Assert.That(_corpus.Truths.SelectMany(t => t.Metrics).Count(m => m.Key.StartsWith("disclosed.channel.", StringComparison.Ordinal)), Is.GreaterThan(50));
        Assert.That(_corpus.Truths.SelectMany(t => t.Metrics).Count(m => m.Key == "disclosed.total" && m.Approx), Is.GreaterThan(10));
    }

    [Test]
    public void Problem_and_measure_items_are_written_in_the_files_with_their_titles_first()
    {
        foreach (var truth in _corpus.Truths)
        {
            var text = _corpus.TextOf(truth.File);
            Assert.That(truth.Problems, Has.Count.InRange(1, 6), truth.File);
            Assert.That(truth.Measures, Has.Count.InRange(1, 6), truth.File);
            foreach (var item in truth.Problems.Concat(truth.Measures))
            {
                Assert.That(text, Does.Contain(item.Text), truth.File);
                Assert.That(item.Text, Does.StartWith(item.Title));
                Assert.That(item.Title.IndexOfAny(['。', '；', '：']), Is.EqualTo(-1), item.Title);
                Assert.That(item.Categories, Is.Not.Empty.And.SubsetOf(ProblemCategories.All));
            }
        }
    }

    [Test]
    public void Body_and_named_regions_are_in_the_text_and_open_counties_are_not()
    {
        var open = 0;
        foreach (var truth in _corpus.Truths)
        {
            var text = _corpus.TextOf(truth.File);
            Assert.That(text, Does.Contain(truth.Body!), truth.File);
            Assert.That(text, Does.Contain(truth.Township!), truth.File);
            if (truth.County is null)
            {
                open++;
                Assert.That(truth.CountyCandidates, Has.Count.GreaterThanOrEqualTo(2), truth.File);
                Assert.That(truth.DivisionCode, Is.Null);
                foreach (var county in truth.CountyCandidates) Assert.That(text, Does.Not.Contain(county), truth.File);
            }
            else
            {
                Assert.That(truth.CountyCandidates, Is.Empty);
                Assert.That(truth.DivisionCode, Has.Length.EqualTo(9), truth.File);
            }
        }
        Assert.That(open, Is.GreaterThan(0), "some 城关镇-like reports must leave their county open");
    }

    [Test]
    public void County_candidates_are_the_counties_of_the_city_holding_a_township_of_that_name_in_code_order()
    {
        var table = ReportSearch.Divisions.DivisionTable.Load();
        foreach (var truth in _corpus.Truths.Where(t => t.County is null))
        {
            var expected = table.ByName(truth.Township!)
                .Select(t => table.Parent(t)!)
                .Where(c => table.Parent(c)?.Name == truth.City)
                .OrderBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => c.Name).Distinct().ToList();
            Assert.That(truth.CountyCandidates, Is.EqualTo(expected), truth.File);
        }
    }
}
