using System.Runtime.InteropServices;

namespace Casefile.Performance;

/// <summary>
/// CPU time (user and system) used by the harness's finished child processes so far, from
/// getrusage(RUSAGE_CHILDREN) on Linux: the difference across one run is that run's CPU time,
/// which, unlike wall-clock time, other processes on a shared machine hardly move. NaN elsewhere.
/// </summary>
internal static partial class ChildCpu
{
    private const int RusageChildren = -1;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return double.NaN;
        }

        // struct rusage: ru_utime and ru_stime (two struct timeval of two longs each), then 14 longs.
        Span<long> usage = stackalloc long[18];
        if (GetRusage(RusageChildren, ref MemoryMarshal.GetReference(usage)) != 0)
        {
            return double.NaN;
        }

        return (usage[0] * 1000.0) + (usage[1] / 1000.0) + (usage[2] * 1000.0) + (usage[3] / 1000.0);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, ref long usage);
}
