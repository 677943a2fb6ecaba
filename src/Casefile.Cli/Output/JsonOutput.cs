using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Casefile.Cli.Output;

/// <summary>Indented UTF-8 JSON that keeps Cyrillic and Kazakh letters as they are (no \uXXXX escapes).</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.WriteLine();
    }
}
