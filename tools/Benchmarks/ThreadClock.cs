namespace ReportSearch.Benchmarks;

/// <summary>
/// Processor time of the calling thread (Linux: <c>/proc/thread-self/schedstat</c>, nanoseconds on a CPU). The
/// benchmark machine is shared, so wall time measures the other users as much as the code; this does not.
/// Elsewhere it falls back to wall time.
/// </summary>
internal static class ThreadClock
{
    private static readonly bool Available = File.Exists("/proc/thread-self/schedstat");

    /// <summary>Milliseconds of processor time this thread has used (or wall-clock milliseconds without /proc).</summary>
    public static double Milliseconds()
    {
        if (!Available) return Environment.TickCount64;
        var text = File.ReadAllText("/proc/thread-self/schedstat");
        return long.Parse(text.AsSpan(0, text.IndexOf(' '))) / 1e6;
    }
}
