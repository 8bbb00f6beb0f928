using System.Diagnostics;
using ReportSearch.Analysis;

namespace ReportSearch.Tests.Analysis;

/// <summary>
/// Analysis speed on the seed reports repeated, on one thread. The target is 3 M chars/s for words and grams
/// together; the assertion is far below it, since CI shares its cores. The figures are written to the test output.
/// </summary>
public class ThroughputTests
{
    private const int MinimumCharsPerSecond = 300_000;

    [Test]
    public void Words_and_grams_together()
    {
        var analyzer = SharedAnalyzer.Value;
        var texts = SharedAnalyzer.SeedReports.Select(s => s.Text).ToArray();
        var rate = Measure(texts, t => analyzer.Columns(t));
        TestContext.Out.WriteLine($"columns (words + grams): {rate / 1e6:F2} M chars/s");
        TestContext.Out.WriteLine($"words only: {Measure(texts, t => analyzer.Words(t)) / 1e6:F2} M chars/s");
        TestContext.Out.WriteLine($"grams only: {Measure(texts, t => analyzer.Grams(t)) / 1e6:F2} M chars/s");
        Assert.That(rate, Is.GreaterThan(MinimumCharsPerSecond));
    }

    private static double Measure(string[] texts, Action<string> analyse)
    {
        foreach (var text in texts) analyse(text); // warm up
        var chars = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
            foreach (var text in texts)
            {
                analyse(text);
                chars += text.Length;
            }
        return chars / clock.Elapsed.TotalSeconds;
    }
}
