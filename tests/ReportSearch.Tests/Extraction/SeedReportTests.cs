using System.Text.Json;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Model;

namespace ReportSearch.Tests.Extraction;

/// <summary>
/// The five real reports against their hand-checked extraction (<c>expected.json</c>): every table cell, text
/// metric, region field, year, template, problem item with its categories, measure count and anomaly.
/// </summary>
public class SeedReportTests
{
    private static readonly Lazy<ReportLoader> Loader = new(() => new ReportLoader(DivisionTable.Load()));

    public static IEnumerable<string> Seeds() => SeedFiles.Reports.Select(Path.GetFileName)!;

    private static (Report Report, JsonElement Expected) Load(string name) =>
        (Loader.Value.Load(SeedFiles.PathOf(name)), SeedFiles.Expected().GetProperty(name));

    [TestCaseSource(nameof(Seeds))]
    public void Every_table_cell_is_read(string name)
    {
        var (report, expected) = Load(name);
        var cells = report.Metrics.Where(m => m.Source == Metric.FromTable).ToDictionary(m => m.Key, m => m.Value);
        var wanted = expected.GetProperty("table_metrics").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Multiple(() =>
        {
            foreach (var (key, value) in wanted)
                Assert.That(cells.TryGetValue(key, out var got) ? got : (double?)null, Is.EqualTo(value).Within(1e-9), key);
            Assert.That(cells.Keys.Except(wanted.Keys), Is.Empty, "cells the template does not have");
        });
    }

    [TestCaseSource(nameof(Seeds))]
    public void Prose_metrics_are_read_and_non_disclosures_are_not(string name)
    {
        var (report, expected) = Load(name);
        var text = report.Metrics.Where(m => m.Source == Metric.FromText).ToDictionary(m => m.Key);
        Assert.Multiple(() =>
        {
            foreach (var p in expected.GetProperty("text_metrics").EnumerateObject())
            {
                Assert.That(text.ContainsKey(p.Name), p.Name);
                if (!text.TryGetValue(p.Name, out var m)) continue;
                Assert.That(m.Value, Is.EqualTo(p.Value.GetProperty("value").GetDouble()), p.Name);
                Assert.That(m.Approx, Is.EqualTo(p.Value.GetProperty("approx").GetBoolean()), p.Name + " approx");
                Assert.That(m.Unit, Is.EqualTo(p.Value.GetProperty("unit").GetString()), p.Name + " unit");
            }
            foreach (var absent in expected.GetProperty("text_metrics_absent").EnumerateArray())
                Assert.That(text.ContainsKey(absent.GetString()!), Is.False, absent.GetString() + " must not be read");
            var received = expected.GetProperty("requests_received_text");
            if (received.ValueKind == JsonValueKind.Null)
                Assert.That(text.ContainsKey("requests.received"), Is.False, "the prose says nothing of applications");
            else
                Assert.That(text.GetValueOrDefault("requests.received")?.Value, Is.EqualTo(received.GetDouble()), "requests.received");
        });
    }

    [TestCaseSource(nameof(Seeds))]
    public void Metadata_and_region_are_settled_or_left_open(string name)
    {
        var (report, expected) = Load(name);
        string? Str(string key) => expected.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;
        var candidates = expected.TryGetProperty("county_candidates", out var c) ? c.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        Assert.Multiple(() =>
        {
            Assert.That(report.Body, Is.EqualTo(Str("body")), "body");
            Assert.That(report.Township, Is.EqualTo(Str("township")), "township");
            Assert.That(report.County, Is.EqualTo(Str("county")), "county");
            Assert.That(report.CountyCandidates, Is.EqualTo(candidates), "county_candidates");
            Assert.That(report.City, Is.EqualTo(Str("city")), "city");
            Assert.That(report.Province, Is.EqualTo(Str("province")), "province");
            Assert.That(report.DivisionCode, Is.EqualTo(Str("division_code")), "division_code");
            Assert.That(report.Year, Is.EqualTo(expected.GetProperty("year").GetInt32()), "year");
            Assert.That(report.Template, Is.EqualTo(Str("template")), "template");
            Assert.That(report.Published, Is.EqualTo(Str("published")), "published");
        });
    }

    [TestCaseSource(nameof(Seeds))]
    public void Problems_and_measures_are_itemised_and_categorised(string name)
    {
        var (report, expected) = Load(name);
        var problems = expected.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        var categories = expected.GetProperty("problem_categories").EnumerateArray()
            .Select(a => a.EnumerateArray().Select(x => x.GetString()!).ToList()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(report.Problems, Has.Count.EqualTo(problems.Count), "problem items");
            for (int i = 0; i < problems.Count; i++)
            {
                var holding = report.Problems.Where(p => p.Text.Contains(problems[i], StringComparison.Ordinal)).ToList();
                Assert.That(holding, Has.Count.EqualTo(1), $"items holding «{problems[i]}»");
                if (holding.Count == 1) Assert.That(categories[i], Is.SubsetOf(holding[0].Categories), $"categories of «{problems[i]}»");
            }
            Assert.That(report.Measures, Has.Count.EqualTo(expected.GetProperty("measures_count").GetInt32()), "measure items");
        });
    }

    [TestCaseSource(nameof(Seeds))]
    public void Template_violations_are_reported(string name)
    {
        var (report, expected) = Load(name);
        var wanted = expected.GetProperty("anomalies").EnumerateArray()
            .Select(a => (a.GetProperty("table").GetString(), a.GetProperty("kind").GetString())).ToList();
        var found = report.Anomalies.Select(a => (a.Table, a.Kind)).ToList();
        if (wanted.Count == 0) Assert.That(report.Anomalies, Is.Empty);
        else Assert.That(wanted, Is.SubsetOf(found));
    }

    [TestCaseSource(nameof(Seeds))]
    public void Every_offset_points_at_its_quote(string name)
    {
        var (report, _) = Load(name);
        Assert.Multiple(() =>
        {
            foreach (var m in report.Metrics)
                Assert.That(report.Text[m.Start..m.End], Is.EqualTo(m.Quote), m.Key);
            foreach (var f in report.Problems.Concat(report.Measures))
                Assert.That(report.Text[f.Start..f.End], Is.EqualTo(f.Text), f.Title);
            foreach (var s in report.Sections)
                Assert.That(report.Text[s.Start..s.End], Does.StartWith(s.Title), s.Kind);
        });
    }
}
