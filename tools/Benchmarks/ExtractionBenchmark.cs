using System.CommandLine;
using System.Diagnostics;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Ingest;

namespace ReportSearch.Benchmarks;

/// <summary>
/// <c>bench extract</c>: extraction alone (normalisation + extraction from text in memory), single thread, over a
/// folder of reports repeated until at least <c>--count</c> reports, several runs, median reported. File reading is
/// measured apart, so the figure is the extractor's own.
/// </summary>
public static class ExtractionBenchmark
{
    public static Command Create()
    {
        var dir = new Option<string>("--dir") { Description = "Folder of reports (default: ../shared/corpus/seeds)" };
        var count = new Option<int>("--count") { Description = "Reports per run", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs (median reported)", DefaultValueFactory = _ => 5 };
        var command = new Command("extract", "Extraction throughput, single thread") { dir, count, runs };
        command.SetAction(p => Run(p.GetValue(dir) ?? FindSeeds(), p.GetValue(count), p.GetValue(runs)));
        return command;
    }

    private static int Run(string dir, int count, int runs)
    {
        var loadWatch = Stopwatch.StartNew();
        var divisions = DivisionTable.Load();
        var loader = new ReportLoader(divisions);
        Console.WriteLine($"division table + extractor ready in {loadWatch.Elapsed.TotalMilliseconds:0} ms");

        var reader = new ReportFileReader();
        var sources = Directory.EnumerateFiles(dir).Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(reader.Read).ToList();
        if (sources.Count == 0) { Console.Error.WriteLine($"bench: {dir}: no reports"); return 1; }
        long chars = sources.Sum(s => (long)s.Raw.Length);
        Console.WriteLine($"{sources.Count} distinct reports from {dir}, {chars / sources.Count:N0} chars on average; {count:N0} reports per run");

        for (int i = 0; i < Math.Min(count, 500); i++) Extract(loader, sources[i % sources.Count]); // warm-up (JIT, tiering)

        var rates = new List<double>();
        var mbs = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            GC.Collect();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long textChars = 0;
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < count; i++)
            {
                var source = sources[i % sources.Count];
                textChars += source.Raw.Length;
                Extract(loader, source);
            }
            watch.Stop();
            double seconds = watch.Elapsed.TotalSeconds;
            rates.Add(count / seconds);
            mbs.Add(textChars * 3 / 1e6 / seconds); // UTF-8 size of Chinese text ≈ 3 bytes a character
            Console.WriteLine($"run {run + 1}: {count / seconds,8:N0} reports/s  {seconds * 1000,7:N0} ms  " +
                              $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count / 1024,6:N0} KiB allocated/report");
        }
        rates.Sort();
        mbs.Sort();
        Console.WriteLine($"median: {rates[rates.Count / 2]:N0} reports/s ({mbs[mbs.Count / 2]:N1} MB/s of UTF-8 text), single thread; " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        return 0;
    }

    private static void Extract(ReportLoader loader, SourceText s) => loader.FromText(s.File, s.Sha256, s.Raw);

    private static string FindSeeds()
    {
        for (var d = new DirectoryInfo(Environment.CurrentDirectory); d is not null; d = d.Parent)
        {
            var seeds = Path.Combine(d.FullName, "shared", "corpus", "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException("../shared/corpus/seeds not found; pass --dir");
    }
}
