using System.Text.Json;
using ReportSearch.Extraction.Metadata;

namespace ReportSearch.Tests.Extraction.Metadata;

/// <summary>The five real reports resolve to the body and region of their hand-checked extraction.</summary>
public class SeedRegionTests
{
    private static IEnumerable<string> Seeds() => SeedFiles.Reports.Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Seeds))]
    public void Seed_resolves_as_hand_checked(string file)
    {
        var expected = SeedFiles.Expected().GetProperty(file);
        var actual = SharedResolver.Value.Resolve(File.ReadAllText(SeedFiles.PathOf(file)));
        TestContext.Out.WriteLine(actual);

        Assert.Multiple(() =>
        {
            Assert.That(actual.Body, Is.EqualTo(Text(expected, "body")), "body");
            Assert.That(actual.Township, Is.EqualTo(Text(expected, "township")), "township");
            Assert.That(actual.County, Is.EqualTo(Text(expected, "county")), "county");
            Assert.That(actual.City, Is.EqualTo(Text(expected, "city")), "city");
            Assert.That(actual.Province, Is.EqualTo(Text(expected, "province")), "province");
            Assert.That(actual.DivisionCode, Is.EqualTo(Text(expected, "division_code")), "division_code");
            var candidates = expected.TryGetProperty("county_candidates", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            Assert.That(actual.CountyCandidates, Is.EqualTo(candidates), "county_candidates");
        });
    }

    private static string? Text(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
