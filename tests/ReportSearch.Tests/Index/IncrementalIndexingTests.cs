using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>Re-indexing on a real index file: unchanged files are skipped, a changed file replaces its report, vanished ones go only with prune.</summary>
[TestFixture]
public sealed class IncrementalIndexingTests
{
    [Test]
    public void ReindexingIsANoOpAndAChangedFileReplacesItsReport()
    {
        using var folder = new TempFolder();
        var reports = Path.Combine(folder.Path, "reports");
        Directory.CreateDirectory(reports);
        foreach (var seed in SeedFiles.Reports) File.Copy(seed, Path.Combine(reports, Path.GetFileName(seed)));
        using var index = ReportIndex.OpenOrCreate(folder.File("r.db"));
        var writer = new IndexWriter(index, IndexedCorpus.Components.DocumentBuilder());
        var postings = new ReportSearch.Postings.PostingsSource();
        var searcher = new Searcher(index, IndexedCorpus.Components.Analyzer, postings);

        var first = writer.Run(new IndexRunOptions([reports]));
        Assert.That((first.Indexed, first.Failed), Is.EqualTo((5, 0)));
        var again = writer.Run(new IndexRunOptions([reports]));
        Assert.That((again.Indexed, again.Unchanged), Is.EqualTo((0, 5)));

        var changed = Path.Combine(reports, Path.GetFileName(SeedFiles.Reports[0]));
        var oldOnly = "总体情况";
        var before = searcher.Search(new SearchRequest("甲乙丙丁戊己庚")).Total;
        File.WriteAllText(changed, File.ReadAllText(changed).Replace(oldOnly, "总体情况甲乙丙丁戊己庚"));
        var third = writer.Run(new IndexRunOptions([reports]));
        Assert.That((third.Indexed, third.Replaced, third.Unchanged), Is.EqualTo((1, 1, 4)));
        Assert.That(before, Is.EqualTo(0));
        Assert.That(searcher.Search(new SearchRequest("甲乙丙丁戊己庚")).Total, Is.EqualTo(1));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM reports"), Is.EqualTo(5));
        AssertIntegrity(index, 5);

        File.Delete(changed);
        Assert.That(writer.Run(new IndexRunOptions([reports])).Removed, Is.EqualTo(0));
        Assert.That(searcher.Search(new SearchRequest("甲乙丙丁戊己庚")).Total, Is.EqualTo(1));
        Assert.That(writer.Run(new IndexRunOptions([reports], Prune: true)).Removed, Is.EqualTo(1));
        Assert.That(searcher.Search(new SearchRequest("甲乙丙丁戊己庚")).Total, Is.EqualTo(0));
        AssertIntegrity(index, 4);
        // The postings were loaded once; the replacement and the removal were applied as a delta.
        Assert.That(postings.FullLoads, Is.EqualTo(1));
        Assert.That(searcher.Search(new SearchRequest("总体情况")).Total, Is.EqualTo(new Searcher(index, IndexedCorpus.Components.Analyzer).Search(new SearchRequest("总体情况")).Total));
    }

    [Test]
    public void AFileThatFailsIsReportedAndTheRestGoesOn()
    {
        using var folder = new TempFolder();
        File.Copy(SeedFiles.Reports[0], folder.File("good.txt"));
        File.WriteAllText(folder.File("blank.txt"), "   \n");
        using var index = ReportIndex.OpenOrCreate(folder.File("r.db"));
        var failures = new List<IndexFailure>();
        var summary = new IndexWriter(index, IndexedCorpus.Components.DocumentBuilder())
            .Run(new IndexRunOptions([folder.Path]), failed: failures.Add);
        Assert.That((summary.Indexed, summary.Failed), Is.EqualTo((1, 1)));
        Assert.That(failures.Single().File, Does.EndWith("blank.txt"));
        Assert.That(failures.Single().Reason, Is.Not.Empty);
    }

    /// <summary>integrity_check ok, and every report whole: a postings blob, its sections, its finding lists, a readable text.</summary>
    public static void AssertIntegrity(ReportIndex index, int reports)
    {
        Assert.That(ReportIndex.Scalar(index.Connection, "PRAGMA integrity_check"), Is.EqualTo("ok"));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM reports"), Is.EqualTo(reports));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM report_terms"), Is.EqualTo(reports));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM report_terms t WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = t.report_id)"), Is.EqualTo(0));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM sections s WHERE s.report_id = r.id)"), Is.EqualTo(0));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM sections s WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = s.report_id)"), Is.EqualTo(0));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM finding_lists"), Is.EqualTo(reports));
        Assert.That(ReportIndex.Scalar(index.Connection, "SELECT count(*) FROM finding_lists l JOIN reports r ON r.id = l.report_id"), Is.EqualTo(reports));
        var stored = new StoredReports(index);
        foreach (var id in Ids(index)) Assert.That(stored.ById(id)!.Report.Text, Is.Not.Empty);
    }

    private static List<long> Ids(ReportIndex index)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT id FROM reports";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
