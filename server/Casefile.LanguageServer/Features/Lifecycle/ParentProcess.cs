using System.Diagnostics;
using Casefile.LanguageServer.Server;
using Microsoft.Extensions.Logging;

namespace Casefile.LanguageServer.Features.Lifecycle;

/// <summary>Ends the server when the client process named in initialize dies (LSP: processId), if the server can see it at all.</summary>
internal static class ParentProcess
{
    public static void ExitWhenGone(int processId, ServerContext context, TaskCompletionSource<int> exit)
    {
        _ = Task.Run(async () =>
        {
            if (!IsAlive(processId))
            {
                // Not a process this server can see (a client in another PID namespace, a container):
                // watching it would end the session at once.
                context.Logger.LogWarning("The client process {ProcessId} is not visible from the server; not watching it", processId);
                return;
            }

            while (!exit.Task.IsCompleted)
            {
                if (!IsAlive(processId))
                {
                    context.Logger.LogWarning("The client process {ProcessId} is gone; exiting", processId);
                    exit.TrySetResult(1);
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
            }
        });
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
