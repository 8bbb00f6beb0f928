using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// A real schema-2 index file (<c>Data/schema2.db.gz</c>: written by <c>reportsearch index</c> at schema 2 from
/// <c>corpusgen generate --townships 10 --seed 41 --formats txt</c>, 55 reports in /tmp/reportsearch-schema2/reports,
/// then vacuumed) opened by this build: it is upgraded in place, and it must answer as an index built now from the
/// same files. The files are written back from the original texts the old file stores, so the fixture carries its
/// own sources and does not depend on the corpus generator staying the same.
/// </summary>
[TestFixture]
public sealed class SchemaUpgradeTests
{
    private static readonly OlderIndexFixture Fixture = OlderIndexFixture.SchemaTwo;

    [Test]
    public void A_schema_2_file_is_upgraded_and_answers_problems_as_a_fresh_index()
    {
        using var folder = new TempFolder();
        var upgradedPath = folder.File("upgraded.db");
        Fixture.CopyTo(upgradedPath);
        Assert.That(OlderIndexFixture.Version(upgradedPath), Is.EqualTo(2), "the fixture is a schema-2 file");
        var sources = Path.Combine(folder.Path, "reports");
        Assert.That(Fixture.WriteSources(upgradedPath, sources), Is.EqualTo(55));

        using var upgraded = ReportIndex.OpenExisting(upgradedPath);
        using var fresh = ReportIndex.OpenOrCreate(folder.File("fresh.db"));
        var run = new IndexWriter(fresh, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([sources]));
        Assert.That(run.Indexed, Is.EqualTo(55));

        Assert.That(Version(upgraded), Is.EqualTo(IndexSchema.Version));
        Assert.That(Schema(upgraded), Is.EqualTo(Schema(fresh)));
        var upgradedLists = FindingLists(upgraded, Fixture.Root);
        Assert.That(upgradedLists, Has.Count.EqualTo(55));
        Assert.That(upgradedLists.Values.Sum(l => l.Count(c => c == '{')), Is.GreaterThan(300), "findings in the lists");
        var freshLists = FindingLists(fresh, sources + "/");
        Assert.That(upgradedLists.Keys, Is.EquivalentTo(freshLists.Keys));
        foreach (var (file, lists) in freshLists) Assert.That(upgradedLists[file], Is.EqualTo(lists), file);

        // Every problems question: all reports, each province, each year, each province in each year, one category.
        var oldService = new ReportComparisons(upgraded);
        var newService = new ReportComparisons(fresh);
        var provinces = new IndexedReports(fresh).RegionNames(RegionScope.Province);
        var queries = new List<ProblemsQuery> { new(), new(Category: "staffing") };
        queries.AddRange(provinces.Select(p => new ProblemsQuery(null, new RegionFilter(RegionScope.Province, p))));
        for (var year = 2019; year <= 2024; year++)
        {
            queries.Add(new ProblemsQuery(year));
            queries.AddRange(provinces.Select(p => new ProblemsQuery(year, new RegionFilter(RegionScope.Province, p))));
        }
        var categories = 0;
        foreach (var query in queries)
        {
            var before = oldService.Problems(query);
            var after = newService.Problems(query);
            Assert.That(Json(before.Result, Fixture.Root), Is.EqualTo(Json(after.Result, sources + "/")), query.ToString());
            Assert.That(before.ReportIds.Keys.Select(k => k[Fixture.Root.Length..]).Order(),
                Is.EqualTo(after.ReportIds.Keys.Select(k => k[(sources.Length + 1)..]).Order()), query.ToString());
            categories += after.Result.Categories.Count;
        }
        Assert.That(categories, Is.GreaterThan(50));
    }

    private static long Version(ReportIndex index) => Query<long>(index, "PRAGMA user_version", r => r.GetInt64(0)).Single();

    // Columns of every table and the indexes, as the two files declare them.
    private static List<string> Schema(ReportIndex index) =>
        Query(index, """
            SELECT m.type || ' ' || m.name || ': ' || CASE m.type WHEN 'index' THEN m.sql
              ELSE (SELECT group_concat(c.name || ' ' || c.type, ', ') FROM pragma_table_info(m.name) c) END
            FROM sqlite_master m WHERE m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'report_text_%' ORDER BY m.name
            """, r => r.GetString(0));

    /// <summary>File below the root → its problems and measures as <c>finding_lists</c> holds them, as JSON.</summary>
    private static Dictionary<string, string> FindingLists(ReportIndex index, string root) =>
        Query(index, "SELECT r.file, l.problems, l.measures FROM finding_lists l JOIN reports r ON r.id = l.report_id", r => (File: r.GetString(0)[root.Length..], Lists: JsonSerializer.Serialize(new[]
                {
                    FindingListTable.Unpack((byte[])r.GetValue(1), texts: true, Categories, new StringPool()),
                    FindingListTable.Unpack((byte[])r.GetValue(2), texts: true, Categories, new StringPool()),
                })))
            .ToDictionary(x => x.File, x => x.Lists);

    private static IReadOnlyList<string> Categories(int mask) => ReportMasks.Names(mask, ReportSearch.Model.ProblemCategories.All).ToList();

    private static List<T> Query<T>(ReportIndex index, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private static string Json(CommonProblemsResult result, string root) =>
        JsonSerializer.Serialize(result).Replace(JsonSerializer.Serialize(root).Trim('"'), "");
}
