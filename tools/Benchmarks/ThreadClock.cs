using System.Runtime.InteropServices;

namespace ReportSearch.Benchmarks;

/// <summary>
/// Processor time of the calling thread (Linux: <c>/proc/thread-self/schedstat</c>, nanoseconds on a CPU) and of
/// the whole process (<c>getrusage</c>, user + system). The benchmark machine is shared, so wall time measures the
/// other users as much as the code; these do not. Elsewhere they fall back to wall time.
/// </summary>
internal static class ThreadClock
{
    private static readonly bool Available = OperatingSystem.IsLinux() && File.Exists("/proc/thread-self/schedstat");

    /// <summary>Milliseconds of processor time this thread has used (or wall-clock milliseconds without /proc).</summary>
    public static double Milliseconds()
    {
        if (!Available) return Environment.TickCount64;
        var text = File.ReadAllText("/proc/thread-self/schedstat");
        return long.Parse(text.AsSpan(0, text.IndexOf(' '))) / 1e6;
    }

    /// <summary>Milliseconds of processor time all threads of this process have used (work handed to the thread pool too).</summary>
    public static double ProcessMilliseconds()
    {
        if (!Available) return Environment.TickCount64;
        if (GetRusage(0, out var usage) != 0) return Environment.TickCount64; // 0 = RUSAGE_SELF
        return (usage.UserSeconds + usage.SystemSeconds) * 1e3 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1e3;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out Rusage usage);

    // struct rusage starts with two struct timevals (user, system); the 14 longs after them are not read.
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        private long _r0, _r1, _r2, _r3, _r4, _r5, _r6, _r7, _r8, _r9, _r10, _r11, _r12, _r13;
    }
}
