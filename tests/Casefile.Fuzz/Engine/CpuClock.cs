using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Casefile.Fuzz.Engine;

/// <summary>
/// The processor time the calling thread has used. On a shared machine wall-clock time measures
/// the other processes as much as ours; a thread's own CPU time does not, which is what makes the
/// scaling checks usable on a loaded two-core CI machine. Linux only; elsewhere the wall clock.
/// </summary>
public static partial class CpuClock
{
    private const int ClockThreadCpuTime = 3;
    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    public static bool MeasuresThreadTime => Available;

    public static double ThreadSeconds()
    {
        if (Available && clock_gettime(ClockThreadCpuTime, out var time) == 0)
        {
            return time.Seconds + (time.Nanoseconds / 1e9);
        }

        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    private static bool Probe()
    {
        try
        {
            return clock_gettime(ClockThreadCpuTime, out _) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
