using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ReportSearch.CorpusGen.History;
using ReportSearch.CorpusGen.Places;
using ReportSearch.CorpusGen.Planning;
using ReportSearch.CorpusGen.Writing;

namespace ReportSearch.CorpusGen;

/// <summary>
/// Generates a synthetic corpus of township disclosure reports with their ground truth: <c>reports/YEAR/ID.ext</c>,
/// <c>truth/YEAR/ID.json</c> (the extract JSON), <c>truth/history.json</c> and <c>corpus.json</c>. Townships are
/// written in parallel, each from its own seed, so the files are the same whatever the thread timing.
/// </summary>
public sealed class CorpusGenerator(Gazetteer gazetteer)
{
    /// <summary>A generator over the national division list built into the library.</summary>
    public static CorpusGenerator ForNationalDivisions() => new(GazetteerSource.FromDivisions(ReportSearch.Divisions.DivisionTable.Load()));

    public static readonly JsonSerializerOptions ManifestJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="progress">Told the number of reports written so far, now and then.</param>
    public CorpusSummary Generate(CorpusOptions options, IProgress<int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var places = new TownshipSampler(gazetteer).Sample(options.Townships, options.Seed);
        var sharedInCity = gazetteer.All
            .GroupBy(t => (t.CityCode, t.Township))
            .Where(g => g.Select(t => t.CountyCode).Distinct().Count() >= 2)
            .Select(g => g.Key).ToHashSet();
        var planner = new YearPlanner(options);
        var plans = places.Select(p => planner.Plan(p, sharedInCity.Contains((p.CityCode, p.Township)))).ToList();
        var copies = CountyCopies.Decide(options, plans);

        foreach (var year in options.Years)
        {
            Directory.CreateDirectory(Path.Combine(options.OutputDirectory, "reports", year.ToString()));
            Directory.CreateDirectory(Path.Combine(options.OutputDirectory, "truth", year.ToString()));
        }

        var results = new TownshipResult[plans.Count];
        var written = 0;
        var writer = new TownshipWriter(options, gazetteer);
        // Twice as many workers as cores: much of the time goes in writing files, not in composing them.
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, i =>
        {
            results[i] = writer.Write(plans[i], copies.ParagraphByReport, () =>
            {
                var n = Interlocked.Increment(ref written);
                if (n % 500 == 0) progress?.Report(n);
            });
        });
        progress?.Report(written);

        var history = new HistoryTruth(
            results.SelectMany(r => r.Changes).OrderBy(c => c.TownshipCode, StringComparer.Ordinal).ThenBy(c => c.Year).ToList(),
            copies.Truth);
        File.WriteAllText(Path.Combine(options.OutputDirectory, "truth", "history.json"), JsonSerializer.Serialize(history, ManifestJson));

        var summary = Summarise(options, plans.Count, results, history, clock.Elapsed.TotalSeconds);
        // The manifest leaves out the run time, so that two runs give byte-identical trees.
        File.WriteAllText(Path.Combine(options.OutputDirectory, "corpus.json"), JsonSerializer.Serialize(summary with { Seconds = 0 }, ManifestJson));
        return summary;
    }

    private static CorpusSummary Summarise(CorpusOptions options, int townships, TownshipResult[] results, HistoryTruth history, double seconds)
    {
        var truths = results.SelectMany(r => r.Reports).ToList();
        static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
            new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
        return new CorpusSummary(
            CorpusOptionsRecord.Of(options), townships, truths.Count,
            Count(truths.Select(p => p.Format)),
            Count(truths.Select(t => t.Template ?? "none")),
            Count(truths.Select(t => t.Year?.ToString() ?? "none")),
            Count(truths.SelectMany(t => t.AnomalyKinds)),
            truths.Count(t => t.CountyOpen),
            history.Problems.Sum(c => c.Verbatim.Count),
            history.Problems.Sum(c => c.Reworded.Count),
            history.Problems.Sum(c => c.Resolved.Count),
            history.Problems.Sum(c => c.New.Count),
            history.Copies.Count,
            history.Copies.Sum(c => c.Copies.Count),
            seconds);
    }
}
