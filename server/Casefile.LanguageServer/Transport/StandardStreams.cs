using Microsoft.Win32.SafeHandles;

namespace Casefile.LanguageServer.Transport;

/// <summary>The process's standard output as the protocol's stream.</summary>
public static class StandardStreams
{
    /// <summary>
    /// Standard output, written without the console's lock. On Unix every write of a console
    /// stream, standard error's included, holds one lock (Console.Out's, for the cursor position):
    /// a write to standard output that blocks because the client stopped reading would hold it,
    /// and every log line, and the handler that logs it (didChange, on the thread that dispatches
    /// the client's messages in order), would wait for the client too. A plain stream on the same
    /// descriptor shares no lock with standard error; it works for a pipe, a socket, a file or a
    /// terminal alike.
    /// </summary>
    public static Stream OpenOutput() =>
        OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
}
