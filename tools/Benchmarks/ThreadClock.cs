using System.Runtime.InteropServices;

namespace ReportSearch.Benchmarks;

/// <summary>
/// Processor time of the calling thread (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>) and of the whole
/// process (<c>getrusage</c>, user + system). The benchmark machine is shared, so wall time measures the other users
/// as much as the code; these do not. Elsewhere they fall back to wall time.
/// </summary>
/// <remarks>
/// Not <c>/proc/thread-self/schedstat</c>: the kernel brings a running thread's total up to date only at ticks and
/// context switches, so a short interval read from there is charged with whatever ran since the last update. That
/// put most of a report's processing into "read file" (the stage whose I/O waits switch the thread out): 0.4–1.1 ms
/// a report there against 0.06 ms measured with the clock, which the kernel updates when asked.
/// </remarks>
internal static class ThreadClock
{
    private static readonly bool Available = OperatingSystem.IsLinux();
    private const int ThreadCpuTimeClock = 3;   // CLOCK_THREAD_CPUTIME_ID

    /// <summary>Milliseconds of processor time this thread has used (wall-clock milliseconds off Linux).</summary>
    public static double Milliseconds()
    {
        if (!Available || ClockGetTime(ThreadCpuTimeClock, out var time) != 0) return Environment.TickCount64;
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    /// <summary>Milliseconds of processor time all threads of this process have used (work handed to the thread pool too).</summary>
    public static double ProcessMilliseconds()
    {
        if (!Available) return Environment.TickCount64;
        if (GetRusage(0, out var usage) != 0) return Environment.TickCount64; // 0 = RUSAGE_SELF
        return (usage.UserSeconds + usage.SystemSeconds) * 1e3 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1e3;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds, Nanoseconds;
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
