using System.Diagnostics;

namespace ReportSearch.Tests.Divisions;

/// <summary>
/// Measures the processor time the process spends on a piece of work. The machines running these tests are
/// shared: wall-clock time grows with other people's load, processor time does not. The process clock ticks
/// coarsely (10 ms on Linux), so the work is repeated until it has used a good deal more than that.
/// </summary>
internal static class CpuTimer
{
    /// <summary>
    /// How much slower the library runs in this build: 1 when it was compiled with optimisations (Release),
    /// more in a Debug build, where the JIT does not optimise. Time budgets are stated for Release.
    /// </summary>
    public static double BuildSlowdown { get; } =
        typeof(ReportSearch.Divisions.DivisionTable).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
            .OfType<DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled) ? 4 : 1;

    /// <summary>Processor milliseconds per call of <paramref name="work"/>, after a quarter second of warming up.</summary>
    public static double MillisecondsPer(Action work, double atLeastMs = 300)
    {
        // The runtime recompiles hot methods only after a short delay: measure the optimised code, not the first draft.
        var warm = Stopwatch.StartNew();
        do work(); while (warm.ElapsedMilliseconds < 250);
        var process = Process.GetCurrentProcess();
        // Reading the process clock costs far more than a small piece of work: read it once per doubling batch.
        for (var calls = 1; ; calls *= 2)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            for (var i = 0; i < calls; i++) work();
            process.Refresh();
            var used = (process.TotalProcessorTime - start).TotalMilliseconds;
            if (used >= atLeastMs || calls >= 1 << 24) return used / calls;
        }
    }
}
