using System.Diagnostics;
using ReportSearch.Analysis;

namespace ReportSearch.Tests.Analysis;

/// <summary>
/// Analysis speed on the seed reports repeated, on one thread. The target is 3 M chars/s per core for words and
/// grams together. Wall-clock rates mean little on shared cores, so the rate per second of CPU time the process
/// used is measured too, and the assertion (on that) sits well below the target: tests run a Debug build, about
/// half as fast as Release (Release measured 3.8 M chars per CPU second on a busy machine). Figures go to the test output.
/// </summary>
public class ThroughputTests
{
    private const double MinimumCharsPerCpuSecond = 500_000;

    [Test]
    public void Words_and_grams_together()
    {
        var analyzer = SharedAnalyzer.Value;
        var texts = SharedAnalyzer.SeedReports.Select(s => s.Text).ToArray();
        var columns = Measure(texts, t => analyzer.Columns(t));
        Report("columns (words + grams)", columns);
        Report("words only", Measure(texts, t => analyzer.Words(t)));
        Report("grams only", Measure(texts, t => analyzer.Grams(t)));
        Assert.That(columns.PerCpuSecond, Is.GreaterThan(MinimumCharsPerCpuSecond));
    }

    private static void Report(string what, (double PerSecond, double PerCpuSecond) rate) =>
        TestContext.Out.WriteLine($"{what}: {rate.PerCpuSecond / 1e6:F2} M chars per CPU second ({rate.PerSecond / 1e6:F2} M chars/s wall clock)");

    private static (double PerSecond, double PerCpuSecond) Measure(string[] texts, Action<string> analyse)
    {
        foreach (var text in texts) analyse(text); // warm up
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var chars = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
            foreach (var text in texts)
            {
                analyse(text);
                chars += text.Length;
            }
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return (chars / wall, chars / cpu);
    }
}
