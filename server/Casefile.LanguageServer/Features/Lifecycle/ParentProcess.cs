using System.Diagnostics;
using Casefile.LanguageServer.Server;
using Microsoft.Extensions.Logging;

namespace Casefile.LanguageServer.Features.Lifecycle;

/// <summary>Ends the server when the client process named in initialize dies (LSP: processId).</summary>
internal static class ParentProcess
{
    public static void ExitWhenGone(int processId, ServerContext context, TaskCompletionSource<int> exit)
    {
        _ = Task.Run(async () =>
        {
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
