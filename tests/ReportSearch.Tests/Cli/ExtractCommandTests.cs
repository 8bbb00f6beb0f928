using System.Text.Json;
using ReportSearch.Serialization;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Cli;

/// <summary><c>reportsearch extract</c> as users and scripts call it: JSON shapes, summaries, failures and exit codes.</summary>
public class ExtractCommandTests
{
    private static string Seed(int i) => SeedFiles.Reports[i];

    [Test]
    public void One_file_with_json_prints_one_object_in_the_extract_shape()
    {
        var run = CliProcess.Run("extract", Seed(0), "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.ValueKind, Is.EqualTo(JsonValueKind.Object));
            foreach (var key in new[] { "file", "sha256", "body", "township", "county", "county_candidates", "city", "province",
                                        "division_code", "year", "published", "template", "sections", "metrics", "problems", "measures", "anomalies" })
                Assert.That(root.TryGetProperty(key, out _), key);
            Assert.That(root.GetProperty("township").GetString(), Is.EqualTo("张市镇"));
            var metric = root.GetProperty("metrics")[0];
            foreach (var key in new[] { "key", "value", "approx", "unit", "source", "quote", "start", "end" })
                Assert.That(metric.TryGetProperty(key, out _), "metrics[]." + key);
            Assert.That(root.GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
        });
        // The JSON reads back into the same record the library produces.
        Assert.That(ExtractJson.Deserialize(run.Stdout).Township, Is.EqualTo("张市镇"));
    }

    [Test]
    public void Several_files_print_an_array_and_a_bad_one_is_named_on_stderr_with_exit_1()
    {
        using var folder = new TempFolder();
        var empty = folder.File("empty.txt");
        File.WriteAllText(empty, "");
        var run = CliProcess.Run("extract", Seed(1), empty, Seed(4), "--json");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            var lines = run.Stderr.Trim().Split('\n');
            Assert.That(lines, Has.Length.EqualTo(1), run.Stderr);
            Assert.That(lines[0], Does.Contain("empty.txt").And.Contain("empty"));
            Assert.That(run.Stderr, Does.Not.Contain("   at "), "no stack trace");
            using var doc = JsonDocument.Parse(run.Stdout);
            Assert.That(doc.RootElement.EnumerateArray().Select(r => r.GetProperty("township").GetString()), Is.EqualTo(new[] { "会发镇", "城关镇" }));
        });
    }

    [Test]
    public void Without_json_a_readable_summary_is_printed()
    {
        var run = CliProcess.Run("extract", Seed(4));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
            Assert.That(run.Stdout, Does.Contain("城关镇").And.Contain("孟津区").And.Contain("template 2019"));
            Assert.That(run.Stdout, Does.Contain("政务新媒体运用不充分"));
            Assert.That(run.Stdout, Does.Contain("appeals/cell_count"));
        });
    }

    [Test]
    public void A_missing_file_alone_fails_with_one_line_and_prints_nothing()
    {
        var run = CliProcess.Run("extract", "/no/such/report.txt", "--json");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stdout.Trim(), Is.Empty);
            Assert.That(run.Stderr.Trim(), Does.Contain("/no/such/report.txt").And.Not.Contain("\n"));
        });
    }
}
