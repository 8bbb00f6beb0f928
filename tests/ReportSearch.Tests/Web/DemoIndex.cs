using Microsoft.Data.Sqlite;
using ReportSearch.CorpusGen;
using ReportSearch.Index;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Web;

/// <summary>
/// An index of a generated demo corpus (60 townships × 2020–2023, as <c>reportsearch demo</c> makes, smaller): the
/// comparison views need several years and several townships per region, and the README's pictures should show
/// ordinary reports, not the hostile one of <see cref="WebIndex"/>.
/// </summary>
public sealed class DemoIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public DemoIndex()
    {
        var corpus = Path.Combine(_folder.Path, "corpus");
        CorpusGenerator.ForNationalDivisions().Generate(new CorpusOptions(corpus, 60, 2020, 2023, Seed: 2024));
        Db = Path.Combine(_folder.Path, "demo.db");
        using var components = IndexComponents.Create();
        using var index = ReportIndex.OpenOrCreate(Db);
        var summary = new IndexWriter(index, components.DocumentBuilder()).Run(new IndexRunOptions([Path.Combine(corpus, "reports")]));
        Assert.That(summary.Failed, Is.Zero, "the demo index did not build");
        (Township, County, Year) = Busiest(index);
    }

    public string Db { get; }

    /// <summary>A township with a report every year, its name unique, in the province with the most townships.</summary>
    public string Township { get; }

    public string County { get; }

    /// <summary>The latest year of <see cref="Township"/>.</summary>
    public int Year { get; }

    public string Logs => Directory.CreateDirectory(Path.Combine(_folder.Path, "logs")).FullName;

    private static (string, string, int) Busiest(ReportIndex index)
    {
        using var command = index.Connection.CreateCommand();
        command.CommandText = """
            WITH named AS (SELECT township FROM reports GROUP BY township HAVING count(DISTINCT county) = 1),
                 provinces AS (SELECT province, count(DISTINCT township) AS n FROM reports GROUP BY province)
            SELECT r.township, r.county, max(r.year) FROM reports r
            JOIN named USING (township) JOIN provinces p USING (province)
            WHERE r.county IS NOT NULL
            GROUP BY r.township, r.county
            HAVING count(DISTINCT r.year) = 4
            ORDER BY max(p.n) DESC, count(*) DESC, r.township LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        Assert.That(reader.Read(), Is.True, "the demo corpus has no township with four years of reports");
        return (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
