using System.Text;
using Casefile.Analysis;

namespace Casefile.Cli.Tests;

/// <summary>A fresh folder under the system's temp folder, deleted at the end of the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "casefile-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes UTF-8 text (no BOM) at a path relative to the folder, creating folders.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>
    /// Writes a casefile.json (in <paramref name="relativeFolder"/>) that turns every paragraph
    /// rule off, so that the tests see only the format problems they put in, whatever paragraph
    /// rules are added later. <paramref name="members"/> is raw JSON put on line 3, e.g.
    /// <c>"language": "ru", "CF0002": "error"</c>.
    /// </summary>
    public string WriteConfig(string relativeFolder = "", string members = "")
    {
        var off = string.Join(", ", RuleCatalog.Descriptors.Where(d => d.Paragraph is not null).Select(d => $"\"{d.Code}\": \"off\""));
        var text = $"{{\n  \"rules\": {{ {off} }},\n  {members}\n}}\n";
        return Write(System.IO.Path.Combine(relativeFolder, "casefile.json"), text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
