using ReportSearch.CorpusGen;
using ReportSearch.Divisions;
using ReportSearch.Eval;
using ReportSearch.Eval.Scoring;
using ReportSearch.Extraction;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Eval;

/// <summary>
/// Extraction scored against a freshly generated corpus (all four formats, both templates, both table layouts,
/// injected anomalies): the thresholds, held on every run so a regression shows at once. The 5,000-report
/// figures are in docs/extraction-quality.md.
/// </summary>
public class ExtractionQualityTests
{
    private static readonly Lazy<(ScoreBoard Board, int Truths)> Scored = new(() =>
    {
        var folder = new TempFolder();
        var options = new CorpusOptions(folder.Path, 60, 2019, 2023, Seed: 99);
        CorpusGenerator.ForNationalDivisions().Generate(options);
        var truths = TruthCorpus.Load(folder.Path);
        var loader = new ReportLoader(DivisionTable.Load());
        var board = new Evaluation(loader.Load).Run(folder.Path, truths, threads: 2);
        folder.Dispose();
        return (board, truths.Count);
    });

    private static FieldScore Score(string field) => Scored.Value.Board.Scores.Single(s => s.Field == field);

    [Test]
    public void Every_report_is_read()
    {
        Assert.That(Scored.Value.Board.Failures, Is.Empty);
        Assert.That(Scored.Value.Board.Reports, Is.EqualTo(Scored.Value.Truths).And.GreaterThan(200));
    }

    [TestCase("region.township", 0.99)]
    [TestCase("region.county", 0.99)]
    [TestCase("region.city", 0.99)]
    [TestCase("region.province", 0.99)]
    [TestCase("year", 0.99)]
    [TestCase("template", 0.99)]
    [TestCase("table_cells", 0.99)]
    [TestCase("prose_metrics", 0.97)]
    [TestCase("problem_items", 0.97)]
    [TestCase("measure_items", 0.97)]
    [TestCase("anomalies", 0.97)]
    public void Field_meets_its_threshold(string field, double threshold)
    {
        var score = Score(field);
        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(threshold), $"{field} precision ({score})");
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(threshold), $"{field} recall ({score})");
        });
    }
}
