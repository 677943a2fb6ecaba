using System.Text;

namespace Casefile.Cli;

/// <summary>
/// Reads a case file's bytes as UTF-8: a BOM is dropped and invalid bytes become U+FFFD (the core
/// reports them as CF0013), so any file can be checked. Too large or unreadable files are refused
/// with a message.
/// </summary>
public static class CaseFileReader
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return Lenient.GetString(bytes);
    }

    /// <summary>The text, or null and the reason why the file was not read.</summary>
    public static (string? Text, string? Problem) Read(string path, long maxBytes)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return (null, $"file too large ({length / (1024 * 1024)} MiB, the limit is {maxBytes / (1024 * 1024)} MiB), skipped");
            }

            return (Decode(File.ReadAllBytes(path)), null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, $"cannot read the file: {exception.Message}");
        }
    }
}
