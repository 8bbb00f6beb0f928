using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// A schema-2 index file (FTS5 table <c>report_text</c>, made here with schema 2's own CREATE statements) is upgraded in
/// place on open: postings from the stored texts, the FTS5 table gone, and searches answer as on a fresh index.
/// </summary>
[TestFixture]
public sealed class PostingsUpgradeTests
{
    [Test]
    public void AVersionTwoFileIsUpgradedAndSearchesAsAFreshIndex()
    {
        using var folder = new TempFolder();
        var reports = Path.Combine(folder.Path, "reports");
        Directory.CreateDirectory(reports);
        foreach (var seed in SeedFiles.Reports) File.Copy(seed, Path.Combine(reports, Path.GetFileName(seed)));
        var fresh = folder.File("fresh.db");
        using (var index = ReportIndex.OpenOrCreate(fresh))
            new IndexWriter(index, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([reports]));
        var old = folder.File("old.db");
        VersionTwoFile.Write(old, fresh);

        using var upgraded = ReportIndex.OpenExisting(old);
        using var current = ReportIndex.OpenExisting(fresh);
        Assert.That(ReportIndex.Scalar(upgraded.Connection, "PRAGMA user_version"), Is.EqualTo((long)IndexSchema.Version));
        Assert.That(ReportIndex.Scalar(upgraded.Connection, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'report_text%'"), Is.EqualTo(0));
        Assert.That(ReportIndex.Scalar(upgraded.Connection, "SELECT count(*) FROM report_terms"), Is.EqualTo(5));
        Assert.That(ReportIndex.Scalar(upgraded.Connection, "PRAGMA freelist_count"), Is.EqualTo(0), "the FTS5 table's pages are given back");
        IncrementalIndexingTests.AssertIntegrity(upgraded, 5);

        var a = new Searcher(upgraded, IndexedCorpus.Components.Analyzer);
        var b = new Searcher(current, IndexedCorpus.Components.Analyzer);
        foreach (var query in new[] { "公开", "人员不足", "\"公开，不及时\"", "政府信息 -培训", "2021", "镇", "培训 section:problems", "year:2021 -宣传" })
        {
            var x = a.Search(new SearchRequest(query, Limit: 5));
            var y = b.Search(new SearchRequest(query, Limit: 5));
            Assert.That(x.Total, Is.EqualTo(y.Total), query);
            Assert.That(x.Hits.Select(h => (h.Id, h.Score, string.Join("|", h.Snippets))),
                Is.EqualTo(y.Hits.Select(h => (h.Id, h.Score, string.Join("|", h.Snippets)))), query);
        }
        Assert.That(a.Search(new SearchRequest("公开")).Total, Is.GreaterThan(0));

        // Writing after the upgrade goes on with the upgraded term dictionary.
        new IndexWriter(upgraded, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([reports]));
        File.WriteAllText(Path.Combine(reports, "new.txt"), File.ReadAllText(SeedFiles.Reports[0]).Replace("总体情况", "总体情况甲乙丙丁戊己庚"));
        new IndexWriter(upgraded, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([reports]));
        Assert.That(a.Search(new SearchRequest("甲乙丙丁戊己庚")).Total, Is.EqualTo(1));
    }
}

/// <summary>
/// Writes a schema-2 index file as the code of that schema did: its CREATE statements (copied here, FTS5 table
/// included), the rows of a current file, and the FTS5 columns computed from the stored texts.
/// </summary>
internal static class VersionTwoFile
{
    private static readonly string[] Columns = FtsLayout.Columns.ToArray();

    private static readonly string[] Create =
    [
        """
        CREATE TABLE reports(id INTEGER PRIMARY KEY, file TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,
          township TEXT, county TEXT, city TEXT, province TEXT, division_code TEXT, year INTEGER, published TEXT, template TEXT,
          section_mask INTEGER NOT NULL, category_mask INTEGER NOT NULL, anomaly_mask INTEGER NOT NULL, text BLOB NOT NULL, details BLOB NOT NULL)
        """,
        """
        CREATE TABLE sections(report_id INTEGER NOT NULL, ord INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY(report_id, ord)) WITHOUT ROWID
        """,
        """
        CREATE TABLE findings(report_id INTEGER NOT NULL, ord INTEGER NOT NULL, list TEXT NOT NULL, title TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, categories INTEGER NOT NULL, PRIMARY KEY(report_id, ord)) WITHOUT ROWID
        """,
        "CREATE TABLE metric_keys(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)",
        "CREATE TABLE metrics(key_id INTEGER NOT NULL, report_id INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY(key_id, report_id)) WITHOUT ROWID",
        "CREATE TABLE metric_zeros(report_id INTEGER PRIMARY KEY, keys BLOB NOT NULL)",
        """
        CREATE TABLE anomalies(report_id INTEGER NOT NULL, ord INTEGER NOT NULL, tbl TEXT NOT NULL, kind TEXT NOT NULL,
          detail TEXT NOT NULL, PRIMARY KEY(report_id, ord)) WITHOUT ROWID
        """,
        $"CREATE VIRTUAL TABLE report_text USING fts5({string.Join(", ", Columns)}, content='', tokenize='unicode61 remove_diacritics 0')",
        "INSERT INTO report_text(report_text, rank) VALUES('automerge', 16)",
        "CREATE TABLE fingerprints(report_id INTEGER PRIMARY KEY, prints BLOB NOT NULL)",
        "CREATE INDEX reports_township ON reports(township)",
        "CREATE INDEX reports_county ON reports(county, year)",
        "CREATE INDEX reports_city ON reports(city, year)",
        "CREATE INDEX reports_province ON reports(province, year)",
        "CREATE INDEX reports_year ON reports(year)",
    ];

    private static readonly string[] Tables = ["reports", "sections", "findings", "metric_keys", "metrics", "metric_zeros", "anomalies", "fingerprints"];

    public static void Write(string path, string from)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL");
        foreach (var sql in Create) Execute(connection, sql);
        Execute(connection, $"ATTACH DATABASE '{from.Replace("'", "''")}' AS source");
        foreach (var table in Tables) Execute(connection, $"INSERT INTO main.{table} SELECT * FROM source.{table}");
        Execute(connection, "DETACH DATABASE source");
        var tokenizer = new IndexTokenizer(IndexedCorpus.Components.Analyzer);
        using var stored = new ReportIndexReader(path);
        foreach (var (id, text, sections) in stored.Reports())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO report_text(rowid, {string.Join(", ", Columns)}) VALUES($id, {string.Join(", ", Columns.Select((_, i) => "$c" + i))})";
            insert.Parameters.AddWithValue("$id", id);
            var columns = tokenizer.Columns(text, sections);
            for (var i = 0; i < columns.Length; i++) insert.Parameters.AddWithValue("$c" + i, columns[i]);
            insert.ExecuteNonQuery();
        }
        Execute(connection, "PRAGMA user_version = 2");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The stored normalised texts and sections of a file, read without opening it as an index (that would upgrade it).</summary>
    private sealed class ReportIndexReader(string path) : IDisposable
    {
        private readonly SqliteConnection _connection = Open(path);

        private static SqliteConnection Open(string path)
        {
            var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return connection;
        }

        public List<(long Id, string Text, List<Model.Section> Sections)> Reports()
        {
            var reports = new List<(long, string, List<Model.Section>)>();
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, text FROM reports ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                using var sections = _connection.CreateCommand();
                sections.CommandText = "SELECT kind, title, start, \"end\" FROM sections WHERE report_id = $id ORDER BY ord";
                sections.Parameters.AddWithValue("$id", id);
                using var s = sections.ExecuteReader();
                var list = new List<Model.Section>();
                while (s.Read()) list.Add(new Model.Section(s.GetString(0), s.GetString(1), s.GetInt32(2), s.GetInt32(3)));
                reports.Add((id, TextBlob.Unpack((byte[])reader.GetValue(1)).Normalised, list));
            }
            return reports;
        }

        public void Dispose() => _connection.Dispose();
    }
}
