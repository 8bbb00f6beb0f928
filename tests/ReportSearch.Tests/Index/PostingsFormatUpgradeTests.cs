using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// A real schema-5 index file (<c>Data/schema5.db.gz</c>: written by <c>reportsearch index</c> at schema 5 from the
/// five seed reports and the first 20 files of a generated corpus, copied to /tmp/reportsearch-schema5/reports, then
/// vacuumed) opened by this build: its postings blobs are rewritten in place in the report-wide position format, and
/// it must answer searches as an index built now from the same files. The files are written back from the original
/// texts the old file stores.
/// </summary>
[TestFixture]
public sealed class PostingsFormatUpgradeTests
{

    [Test]
    public void A_schema_5_file_gets_the_new_postings_and_searches_as_a_fresh_index()
    {
        using var folder = new TempFolder();
        var upgradedPath = folder.File("upgraded.db");
        OlderIndexFixture.SchemaFive.CopyTo(upgradedPath);
        var sources = Path.Combine(folder.Path, "reports");
        Assert.That(OlderIndexFixture.SchemaFive.WriteSources(upgradedPath, sources), Is.EqualTo(25));
        var (oldBlobs, oldTerms) = BlobBytesAndTerms(upgradedPath);

        using var upgraded = ReportIndex.OpenExisting(upgradedPath);
        using var fresh = ReportIndex.OpenOrCreate(folder.File("fresh.db"));
        Assert.That(new IndexWriter(fresh, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([sources])).Indexed, Is.EqualTo(25));

        Assert.That(ReportIndex.Scalar(upgraded.Connection, "PRAGMA user_version"), Is.EqualTo((long)IndexSchema.Version));
        Assert.That(ReportIndex.Scalar(upgraded.Connection, "SELECT count(*) FROM report_terms"), Is.EqualTo(25));
        // The terms it had keep their ids; the field's phrases (schema 6) are the only new ones.
        var terms = Terms(upgraded);
        Assert.That(terms.Count(t => !PhraseVocabulary.IsPhrase(t.Term)), Is.EqualTo(oldTerms));
        Assert.That(terms.Where(t => t.Id > oldTerms).Select(t => t.Term), Is.All.Matches<string>(PhraseVocabulary.IsPhrase).And.Not.Empty);
        Assert.That(ReportIndex.Scalar(upgraded.Connection, "PRAGMA freelist_count"), Is.EqualTo(0), "the old blobs' pages are given back");
        var newBlobs = (long)ReportIndex.Scalar(upgraded.Connection, "SELECT sum(length(terms)) FROM report_terms")!;
        Assert.That(newBlobs, Is.LessThan(oldBlobs * 3 / 4), "the blobs are rewritten smaller");
        // Only the term id deltas may differ: the upgraded file keeps the ids the old run gave.
        var freshBlobs = (long)ReportIndex.Scalar(fresh.Connection, "SELECT sum(length(terms)) FROM report_terms")!;
        Assert.That((double)newBlobs, Is.EqualTo((double)freshBlobs).Within(0.5).Percent);
        IncrementalIndexingTests.AssertIntegrity(upgraded, 25);

        var a = new Searcher(upgraded, IndexedCorpus.Components.Analyzer);
        var b = new Searcher(fresh, IndexedCorpus.Components.Analyzer);
        string[] queries =
        [
            "公开", "人员不足", "\"公开，不及时\"", "政府信息 -培训", "2021", "镇", "培训 section:problems", "year:2021 -宣传",
            "信息公开", "依申请公开", "新媒体 OR 公众号", "主动公开 section:proactive", "政府", "不足 section:problems",
        ];
        foreach (var query in queries)
        {
            var x = a.Search(new SearchRequest(query, Limit: 10));
            var y = b.Search(new SearchRequest(query, Limit: 10));
            Assert.That(x.Total, Is.EqualTo(y.Total), query);
            Assert.That(x.Hits.Select(h => (Path.GetFileName(h.File), h.Score, string.Join("|", h.Snippets))),
                Is.EqualTo(y.Hits.Select(h => (Path.GetFileName(h.File), h.Score, string.Join("|", h.Snippets)))), query);
        }
        Assert.That(a.Search(new SearchRequest("信息公开")).Total, Is.EqualTo(25));
    }

    // The total bytes of the stored postings blobs and the number of terms, read without opening the file as an index.
    private static (long Blobs, long Terms) BlobBytesAndTerms(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.That(ReportIndex.Scalar(connection, "PRAGMA user_version"), Is.EqualTo(5L), "the fixture is a schema-5 file");
        return ((long)ReportIndex.Scalar(connection, "SELECT sum(length(terms)) FROM report_terms")!,
            (long)ReportIndex.Scalar(connection, "SELECT count(*) FROM terms")!);
    }

    private static List<(long Id, string Term)> Terms(ReportIndex index)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = "SELECT id, term FROM terms";
        using var reader = command.ExecuteReader();
        var terms = new List<(long, string)>();
        while (reader.Read()) terms.Add((reader.GetInt64(0), reader.GetString(1)));
        return terms;
    }
}
