using System.Diagnostics;

namespace Casefile.Fuzz.Engine;

/// <summary>The outcome of one watched call: the exception it threw, how long it took (wall clock, and the thread's own CPU time), whether it overran its bound.</summary>
public sealed record Watched(Exception? Error, TimeSpan Elapsed, double CpuSeconds, bool TimedOut, Thread Thread)
{
    /// <summary>Waits a little longer for an overrunning call: true when it ended after all (slow, not stuck).</summary>
    public bool Finish(TimeSpan grace) => Thread.Join(grace);
}

/// <summary>
/// Runs each input on a thread of its own and waits for it at most a bound scaled by the input's
/// size: an input that overruns is a hang. .NET cannot stop a thread, so an overrunning one is
/// left behind as a background thread; the run decides whether to wait for it or stop.
/// </summary>
public static class Watchdog
{
    public static Watched Run(Action action, TimeSpan bound)
    {
        Exception? error = null;
        var cpu = 0.0;
        var stopwatch = Stopwatch.StartNew();
        // The thread pool's stack size, as the server's requests get: deep input must not need more.
        var thread = new Thread(() =>
        {
            var start = CpuClock.ThreadSeconds();
            try
            {
                action();
            }
            catch (Exception exception)
            {
                error = exception;
            }

            cpu = CpuClock.ThreadSeconds() - start;
        })
        {
            IsBackground = true,
            Name = "fuzz input",
        };
        thread.Start();
        var finished = thread.Join(bound);
        stopwatch.Stop();
        return new Watched(finished ? error : null, stopwatch.Elapsed, finished ? cpu : stopwatch.Elapsed.TotalSeconds, !finished, thread);
    }

    /// <summary>The time one input may take: a base plus a time per character, generous enough for a loaded CI machine.</summary>
    public static TimeSpan BoundFor(int length, double baseSeconds, double secondsPerMillionChars) =>
        TimeSpan.FromSeconds(baseSeconds + (length * secondsPerMillionChars / 1_000_000));
}
