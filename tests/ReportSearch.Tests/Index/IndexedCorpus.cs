using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.CorpusGen;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// A generated corpus plus the five seed reports, indexed into a real SQLite file, shared by the tests of a fixture;
/// with every stored report read back for brute-force comparisons.
/// </summary>
public sealed class IndexedCorpus : IDisposable
{
    private static readonly Lazy<IndexComponents> SharedComponents = new(IndexComponents.Create);

    public IndexedCorpus(int townships = 40, ulong seed = 11)
    {
        Corpus = GeneratedCorpus.Create(townships, seed, "txt,gb18030,docx,html");
        Folder = new TempFolder();
        var seeds = Path.Combine(Folder.Path, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in SeedFiles.Reports) File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        DbPath = Folder.File("reports.db");
        Index = ReportIndex.OpenOrCreate(DbPath);
        Summary = Writer().Run(new IndexRunOptions([Path.Combine(Corpus.Directory, "reports"), seeds]));
        var stored = new StoredReports(Index);
        Reports = ReportIds().Select(id => stored.ById(id)!).ToList();
        Searcher = new Searcher(Index, Components.Analyzer);
    }

    public static IndexComponents Components => SharedComponents.Value;
    public GeneratedCorpus Corpus { get; }
    public TempFolder Folder { get; }
    public string DbPath { get; }
    public ReportIndex Index { get; }
    public IndexSummary Summary { get; }
    public IReadOnlyList<StoredReport> Reports { get; }
    public Searcher Searcher { get; }

    public IndexWriter Writer() => new(Index, Components.DocumentBuilder());

    public List<long> ReportIds()
    {
        using var command = Index.Connection.CreateCommand();
        command.CommandText = "SELECT id FROM reports ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>The ids the searcher finds, sorted.</summary>
    public List<long> Find(string query) => Searcher.MatchingIds(query).Select(i => (long)i).Order().ToList();

    public void Dispose()
    {
        Index.Dispose();
        Folder.Dispose();
        Corpus.Dispose();
    }
}
