using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Compare.Service;
using ReportSearch.Model;
using ReportSearch.Tests.Index;

namespace ReportSearch.Tests.Compare.Service;

/// <summary>
/// The lean readers of the comparison service against the whole stored reports (<c>StoredReports</c>): every part
/// read in bulk, and every finding text read from the blobs, must be the stored report's.
/// </summary>
[TestFixture]
public sealed class ReportPartsTests
{
    private IndexedCorpus _corpus = null!;

    [OneTimeSetUp]
    public void Index() => _corpus = new IndexedCorpus(townships: 30, seed: 5);

    [OneTimeTearDown]
    public void Dispose() => _corpus.Dispose();

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    [Test]
    public void Finding_texts_and_the_normalised_text_equal_the_stored_reports()
    {
        var blobs = new Dictionary<long, (byte[] Text, byte[] Details)>();
        using (var command = _corpus.Index.Connection.CreateCommand())
        {
            command.CommandText = "SELECT id, text, details FROM reports";
            using var r = command.ExecuteReader();
            while (r.Read()) blobs[r.GetInt64(0)] = ((byte[])r.GetValue(1), (byte[])r.GetValue(2));
        }
        var checkedTexts = 0;
        foreach (var stored in _corpus.Reports)
        {
            var (text, details) = blobs[stored.Id];
            Assert.That(FindingTexts.NormalisedText(text), Is.EqualTo(stored.Report.Text), stored.Report.File);
            var findings = stored.Report.Problems.Concat(stored.Report.Measures).ToList();
            var all = FindingTexts.Read(text, details, findings.Count, _ => true);
            Assert.That(all, Is.EqualTo(findings.Select(f => f.Text).ToArray()), stored.Report.File);
            var problems = FindingTexts.Read(text, details, findings.Count, i => i < stored.Report.Problems.Count);
            Assert.That(problems.Skip(stored.Report.Problems.Count), Is.All.Null);
            checkedTexts += findings.Count;
        }
        Assert.That(checkedTexts, Is.GreaterThan(100));
    }

    [Test]
    public void Parts_read_in_bulk_equal_those_of_the_stored_reports()
    {
        var parts = new ReportParts(_corpus.Index);
        var rows = new IndexedReports(_corpus.Index).InScope(null, null);
        var (where, parameters) = IndexedReports.ScopeSql(null, null);
        var byId = _corpus.Reports.ToDictionary(r => r.Id, r => r.Report);

        var problems = parts.Read(rows, Parts.Problems, where, parameters);
        var full = parts.Read(rows, Parts.Problems | Parts.Measures | Parts.Metrics | Parts.Anomalies, where, parameters);
        var categories = parts.Read(rows, Parts.ProblemCategories | Parts.Metrics, where, parameters);
        for (var i = 0; i < rows.Count; i++)
        {
            var stored = byId[rows[i].Id];
            Assert.That(Json(problems[i].Problems), Is.EqualTo(Json(stored.Problems)), stored.File);
            Assert.That(problems[i].Measures, Is.Empty);
            Assert.That(Json(full[i] with { Text = stored.Text, Sha256 = stored.Sha256, Sections = stored.Sections, Published = stored.Published, Template = stored.Template }),
                Is.EqualTo(Json(stored)), stored.File);
            Assert.That(Json(categories[i].Metrics), Is.EqualTo(Json(stored.Metrics)), stored.File);
            Assert.That(categories[i].Problems.Select(f => (f.Title, f.Start, string.Join(',', f.Categories))),
                Is.EqualTo(stored.Problems.Select(f => (f.Title, f.Start, string.Join(',', f.Categories)))), stored.File);
        }

        // By id, a few rows: the others of the condition are left out.
        var some = rows.Where((_, i) => i % 7 == 0).ToList();
        var (byIds, none) = ReportParts.ById(some);
        Assert.That(parts.Read(some, Parts.Problems, byIds, none).Select(r => r.File), Is.EqualTo(some.Select(r => r.File)));
    }
}
