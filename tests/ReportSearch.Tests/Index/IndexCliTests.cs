using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Tests.Cli;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>The real <c>reportsearch index/search/show</c> processes: JSON shapes, error messages and exit codes, and kill -9 in the middle of indexing.</summary>
[TestFixture]
public sealed class IndexCliTests
{
    [Test]
    public void IndexSearchAndShowThroughTheCli()
    {
        using var folder = new TempFolder();
        var db = folder.File("r.db");
        var index = CliProcess.Run("index", SeedFiles.Directory, "--db", db);
        Assert.That(index.ExitCode, Is.EqualTo(0), index.Stderr);
        Assert.That(index.Stdout, Does.Contain("indexed 5"));

        var search = CliProcess.Run("search", "公开 year:2019..2024", "--db", db, "--json", "--limit", "2");
        Assert.That(search.ExitCode, Is.EqualTo(0), search.Stderr);
        using var json = JsonDocument.Parse(search.Stdout);
        var root = json.RootElement;
        Assert.That(root.GetProperty("total").GetInt32(), Is.GreaterThan(0));
        var hit = root.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "file", "township", "county", "city", "province", "year", "score", "snippets", "findings" })
            Assert.That(hit.TryGetProperty(name, out _), name);
        Assert.That(root.GetProperty("facets").GetProperty("year").EnumerateObject().Sum(p => p.Value.GetInt32()), Is.GreaterThan(0));

        var show = CliProcess.Run("show", hit.GetProperty("id").GetInt64().ToString(), "--db", db, "--json");
        Assert.That(show.ExitCode, Is.EqualTo(0), show.Stderr);
        using var shown = JsonDocument.Parse(show.Stdout);
        var extracted = new ReportSearch.Extraction.ReportLoader(ReportSearch.Divisions.DivisionTable.Load()).Load(hit.GetProperty("file").GetString()!);
        Assert.That(shown.RootElement.GetProperty("metrics").GetArrayLength(), Is.EqualTo(extracted.Metrics.Count));
        Assert.That(shown.RootElement.GetProperty("metrics")[0].GetProperty("quote").GetString(), Is.EqualTo(extracted.Metrics[0].Quote));
        Assert.That(shown.RootElement.GetProperty("problems").GetArrayLength(), Is.EqualTo(extracted.Problems.Count));
    }

    [Test]
    public void ErrorsAreOneLineWithTheRightExitCode()
    {
        using var folder = new TempFolder();
        var db = folder.File("r.db");
        Assert.That(CliProcess.Run("index", SeedFiles.Reports[0], "--db", db).ExitCode, Is.EqualTo(0));

        var bad = CliProcess.Run("search", "人员 disclosed.total>", "--db", db);
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Stderr, Does.StartWith("query error at column"));

        var missing = CliProcess.Run("search", "人员", "--db", folder.File("none.db"));
        Assert.That(missing.ExitCode, Is.EqualTo(1));
        Assert.That(missing.Stderr, Does.Contain("no index there"));

        File.WriteAllText(folder.File("corrupt.db"), new string('x', 5000));
        var corrupt = CliProcess.Run("search", "人员", "--db", folder.File("corrupt.db"));
        Assert.That(corrupt.ExitCode, Is.EqualTo(1));
        Assert.That(corrupt.Stderr, Does.Contain("not a ReportSearch index"));

        using (var other = new SqliteConnection("Data Source=" + folder.File("other.db")))
        {
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE t(x); PRAGMA user_version = 0";
            command.ExecuteNonQuery();
        }
        var foreign = CliProcess.Run("search", "人员", "--db", folder.File("other.db"));
        Assert.That(foreign.ExitCode, Is.EqualTo(1));
        Assert.That(foreign.Stderr, Does.Contain("not a ReportSearch index"));

        foreach (var result in new[] { bad, missing, corrupt, foreign })
        {
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
            Assert.That(result.Stderr, Does.Not.Contain("   at "));
        }
    }

    [Test]
    public void KillNineInTheMiddleOfIndexingThenARerunLeavesAWholeIndex()
    {
        using var corpus = CorpusGen.GeneratedCorpus.Create(920, 23, "txt,gb18030");
        var reports = Path.Combine(corpus.Directory, "reports");
        var files = ReportFiles.Find([reports]).Count;
        Assert.That(files, Is.GreaterThanOrEqualTo(5000));
        using var folder = new TempFolder();
        var db = folder.File("r.db");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reportsearch.dll"), "index", reports, "--db", db }) start.ArgumentList.Add(a);
        using (var child = Process.Start(start)!)
        {
            child.StandardOutput.ReadToEndAsync();
            child.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (CountReports(db) < 600 && DateTime.UtcNow < deadline && !child.HasExited) Thread.Sleep(200);
            Assert.That(child.HasExited, Is.False, "indexing finished before it could be killed");
            child.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            child.WaitForExit();
        }
        var killedAt = CountReports(db);
        Assert.That(killedAt, Is.LessThan(files));

        var rerun = CliProcess.Run("index", reports, "--db", db);
        Assert.That(rerun.ExitCode, Is.EqualTo(0), rerun.Stderr);
        using var index = ReportIndex.OpenExisting(db);
        IncrementalIndexingTests.AssertIntegrity(index, files);
    }

    [Test]
    public void SigtermStopsAfterCommittingTheReportsDoneAndARerunFinishes()
    {
        using var corpus = CorpusGen.GeneratedCorpus.Create(300, 29, "txt");
        var reports = Path.Combine(corpus.Directory, "reports");
        var files = ReportFiles.Find([reports]).Count;
        using var folder = new TempFolder();
        var db = folder.File("r.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "reportsearch.dll"), "index", reports, "--db", db }) start.ArgumentList.Add(a);
        using (var child = Process.Start(start)!)
        {
            var stdout = child.StandardOutput.ReadToEndAsync();
            child.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (CountReports(db) < 200 && DateTime.UtcNow < deadline && !child.HasExited) Thread.Sleep(100);
            Assert.That(child.HasExited, Is.False, "indexing finished before it could be stopped");
            using (var kill = Process.Start("kill", ["-TERM", child.Id.ToString()])) kill.WaitForExit();
            Assert.That(child.WaitForExit(TimeSpan.FromMinutes(1)), Is.True);
            Assert.That(child.ExitCode, Is.EqualTo(130));
            Assert.That(stdout.Result, Does.StartWith("interrupted"));
        }
        Assert.That(CountReports(db), Is.LessThan(files));
        var rerun = CliProcess.Run("index", reports, "--db", db);
        Assert.That(rerun.ExitCode, Is.EqualTo(0), rerun.Stderr);
        using var index = ReportIndex.OpenExisting(db);
        IncrementalIndexingTests.AssertIntegrity(index, files);
    }

    private static long CountReports(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM reports";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
