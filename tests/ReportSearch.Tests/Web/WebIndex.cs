using ReportSearch.Index;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Web;

/// <summary>
/// A small real index for the web tests: the five seed reports and one hostile copy of a seed whose text (and file
/// name) carries markup, as a report scraped from a careless site might.
/// </summary>
public sealed class WebIndex : IDisposable
{
    /// <summary>Text unique to the hostile report, searchable as a phrase.</summary>
    public const string HostileMarker = "恶意脚本测试";

    /// <summary>Markup inside the hostile report's text; a page that runs it sets window.__xss.</summary>
    public const string HostileMarkup = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    private readonly TempFolder _folder = new();

    public WebIndex()
    {
        Reports = Path.Combine(_folder.Path, "reports");
        Directory.CreateDirectory(Reports);
        foreach (var seed in SeedFiles.Reports) File.Copy(seed, Path.Combine(Reports, Path.GetFileName(seed)));
        var text = File.ReadAllText(SeedFiles.Reports[2]);
        var problems = text.IndexOf("人员配置有限", StringComparison.Ordinal);
        Assert.That(problems, Is.GreaterThan(0), "the seed used for the hostile report changed");
        text = text.Insert(problems, $"{HostileMarker}{HostileMarkup}。");
        File.WriteAllText(Path.Combine(Reports, "hostile<img src=x onerror=alert(1)>.txt"), text);

        Db = Path.Combine(_folder.Path, "reports.db");
        using var components = IndexComponents.Create();
        using var index = ReportIndex.OpenOrCreate(Db);
        var summary = new IndexWriter(index, components.DocumentBuilder()).Run(new IndexRunOptions([Reports]));
        Assert.That(summary.Failed, Is.Zero, "the web tests' index did not build");
    }

    /// <summary>The folder of report files.</summary>
    public string Reports { get; }

    /// <summary>The index file.</summary>
    public string Db { get; }

    /// <summary>A folder for logs and the like, deleted with the index.</summary>
    public string Scratch(string name) => Directory.CreateDirectory(Path.Combine(_folder.Path, name)).FullName;

    public void Dispose() => _folder.Dispose();
}
