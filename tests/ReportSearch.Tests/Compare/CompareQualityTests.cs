using ReportSearch.Compare;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Model;
using ReportSearch.Tests.CorpusGen;

namespace ReportSearch.Tests.Compare;

/// <summary>
/// The comparisons scored against a freshly generated corpus's ground truth (150 townships × 4 years, extracted
/// from the files as the index will see them): repeated, new and resolved problems and injected copied passages
/// must each reach precision and recall 0.9. Figures for larger corpora are in docs/compare-quality.md.
/// </summary>
[TestFixture]
public sealed class CompareQualityTests
{
    private GeneratedCorpus _corpus = null!;
    private IReadOnlyList<Report> _reports = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        var townships = int.TryParse(Environment.GetEnvironmentVariable("COMPARE_QUALITY_TOWNSHIPS"), out var n) ? n : 150;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("COMPARE_QUALITY_SEED"), out var s) ? s : 21UL;
        _corpus = GeneratedCorpus.Create(townships, seed, adjust: o => o with { LastYear = 2022 });
        var loader = new ReportLoader(DivisionTable.Load());
        var files = Directory.GetFiles(Path.Combine(_corpus.Directory, "reports"), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_corpus.Directory, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        _reports = files.AsParallel().AsOrdered().WithDegreeOfParallelism(2)
            .Select(f => loader.Load(f, File.ReadAllBytes(Path.Combine(_corpus.Directory, f)))).ToList();
    }

    [OneTimeTearDown]
    public void Remove() => _corpus.Dispose();

    [Test]
    public void Repeated_new_and_resolved_problems_are_found()
    {
        var figures = CompareQuality.ScoreHistory(_reports, _corpus.History);
        TestContext.Out.WriteLine($"{_reports.Count} reports, {figures.YearPairs} year pairs, {figures.YearPairsMismatched} not the truth's pair");
        foreach (var score in figures.Scores) TestContext.Out.WriteLine(score);
        Assert.Multiple(() =>
        {
            foreach (var score in figures.Scores)
            {
                Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.9), score.ToString());
                Assert.That(score.Recall, Is.GreaterThanOrEqualTo(0.9), score.ToString());
            }
        });
    }

    [Test]
    public void Injected_copies_are_found()
    {
        var fingerprints = new PassageFingerprints();
        var prints = _reports.Select(fingerprints.Of).ToList();
        var found = new CopiedPassages().Find(prints);
        var score = CompareQuality.ScoreCopies(found, _corpus.History);
        TestContext.Out.WriteLine(score);
        TestContext.Out.WriteLine($"{found.Count} groups: {found.Count(f => f.Kind == CopyKind.AcrossTownships)} across townships, " +
                                  $"{found.Count(f => f.Kind == CopyKind.ConsecutiveYears)} in consecutive years; {_corpus.History.Copies.Count} injected");
        var stock = new CopiedPassages().Find(prints, CopyOptions.Default with { IncludeStock = true }).Count(f => f.Stock);
        TestContext.Out.WriteLine($"{stock} stock groups set aside");
        foreach (var (own, counties) in new[] { (0, 1), (0, 2), (0, 3), (15, 1), (15, 2), (15, 3), (25, 2) })
            TestContext.Out.WriteLine($"min own chars {own,2}, max counties {counties}: " + CompareQuality.ScoreCopies(new CopiedPassages().Find(prints, CopyOptions.Default with { MinOwnChars = own, MaxCounties = counties }), _corpus.History));
        Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.9), score.ToString());
        Assert.That(score.Recall, Is.GreaterThanOrEqualTo(0.9), score.ToString());
    }
}
