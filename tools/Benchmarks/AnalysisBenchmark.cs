using System.CommandLine;
using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Ingest;

namespace ReportSearch.Benchmarks;

/// <summary>
/// <c>bench analyze</c>: the search analyzer's throughput on one thread (words + grams together, then each alone),
/// over a folder of reports, as wall-clock and per CPU second (the latter is steadier on a shared machine).
/// </summary>
public static class AnalysisBenchmark
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Folder of reports (default: ../shared/corpus/seeds)" };
        var seconds = new Option<double>("--seconds") { Description = "Seconds per measurement", DefaultValueFactory = _ => 3 };
        var command = new Command("analyze", "Analyzer throughput (chars/s), single thread") { dir, seconds };
        command.SetAction(p => Run(p.GetValue(dir) ?? Seeds.Folder(), p.GetValue(seconds)));
        return command;
    }

    private static int Run(string dir, double seconds)
    {
        var watch = Stopwatch.StartNew();
        using var analyzer = Analyzer.Create();
        Console.WriteLine($"analyzer ready in {watch.Elapsed.TotalMilliseconds:0} ms ({analyzer.Lexicon.Count:N0} lexicon terms)");
        var reader = new ReportFileReader();
        var texts = Seeds.Reports(dir).Select(f => reader.Read(f).Raw).ToArray();
        Measure("words + grams", texts, seconds, t => analyzer.Columns(t));
        Measure("words only", texts, seconds, t => analyzer.Words(t));
        Measure("grams only", texts, seconds, t => analyzer.Grams(t));
        return 0;
    }

    private static void Measure(string what, string[] texts, double seconds, Action<string> analyse)
    {
        foreach (var t in texts) analyse(t);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long chars = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
            foreach (var t in texts) { analyse(t); chars += t.Length; }
        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{what,-14} {chars / wall / 1e6,6:F2} M chars/s wall clock, {chars / cpu / 1e6,6:F2} M chars per CPU second");
    }
}
