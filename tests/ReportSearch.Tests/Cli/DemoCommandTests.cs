using System.Text.Json;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Cli;

/// <summary>
/// <c>reportsearch demo</c>, the README's first command, as a process: it writes a corpus, indexes it, and a second
/// run reuses both (here with --no-serve and fewer townships, so the test stops by itself).
/// </summary>
public class DemoCommandTests
{
    [Test]
    public void Demo_writes_a_corpus_indexes_it_and_reuses_both_on_the_next_run()
    {
        using var folder = new TempFolder();
        var dir = Path.Combine(folder.Path, "demo");

        var first = CliProcess.Run("demo", "--dir", dir, "--townships", "12", "--no-serve");
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Stderr);
        var files = Directory.GetFiles(Path.Combine(dir, "reports"), "*", SearchOption.AllDirectories);
        Assert.That(files, Has.Length.GreaterThan(40), "12 townships × 5 years, a few years missing");
        Assert.That(File.Exists(Path.Combine(dir, "reports.db")));
        Assert.That(first.Stdout, Does.Contain($"indexed {files.Length}"));

        var second = CliProcess.Run("demo", "--dir", dir, "--townships", "12", "--no-serve");
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Stderr);
        Assert.That(second.Stdout, Does.Contain("already").And.Contain($"unchanged {files.Length}"));

        var search = CliProcess.Run("search", "year:2021", "--db", Path.Combine(dir, "reports.db"), "--json");
        using var result = JsonDocument.Parse(search.Stdout);
        Assert.That(result.RootElement.GetProperty("total").GetInt32(), Is.GreaterThan(5));
    }
}
