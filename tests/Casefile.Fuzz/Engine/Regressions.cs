using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Casefile.Fuzz.Engine;

/// <summary>One saved failing input: its name, the input, how it is replayed (a repeated unit is timed from <see cref="ScalingLength"/> characters) and the note of what it broke.</summary>
public sealed record Regression(string Name, FuzzInput Input, bool IsScaling, string Note)
{
    public int ScalingLength { get; init; } = 12_500;
}

/// <summary>
/// The folder of inputs that once broke something (<c>tests/fuzz/regressions</c>):
/// <list type="bullet">
/// <item><c>NAME.case.md</c>: one file, as UTF-8 bytes;</item>
/// <item><c>NAME.case.md.utf16le</c>: one file whose text is not valid UTF-16 (a lone surrogate), as raw UTF-16LE code units;</item>
/// <item><c>NAME/</c>: the files of one case, analysed together, with the <c>casefile.json</c> beside them if any;</item>
/// <item><c>NAME.repeat.case.md</c> (or <c>.repeat.case.md.utf16le</c>): a unit of text that, repeated, once took super-linear time;</item>
/// <item><c>NAME.note</c>: one line on what it broke, with the positions seed it failed at (<c>positions=N</c>) and, for a repeated unit, the smaller length it is timed at (<c>length=N</c>, by default 12,500).</item>
/// </list>
/// </summary>
public static partial class Regressions
{
    public const string RepeatSuffix = ".repeat.case.md";
    private const string Utf16Suffix = ".case.md.utf16le";
    private const string Suffix = ".case.md";
    private const string ConfigName = "casefile.json";

    public static string DefaultFolder(string repositoryRoot) => Path.Combine(repositoryRoot, "tests", "fuzz", "regressions");

    /// <summary>Saves an input under a name made from what it broke; returns the path written.</summary>
    public static string Save(string folder, string name, FuzzInput input, bool isScaling, string note)
    {
        Directory.CreateDirectory(folder);
        string written;
        if (input.Files.Count == 1 && input.Config is null)
        {
            var text = input.Files[0].Text;
            var valid = IsValidUtf16(text);
            written = Path.Combine(folder, name + (isScaling ? RepeatSuffix : Suffix) + (valid ? string.Empty : ".utf16le"));
            File.WriteAllBytes(written, valid ? new UTF8Encoding(false).GetBytes(text) : MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
        }
        else
        {
            written = Path.Combine(folder, name);
            Directory.CreateDirectory(written);
            foreach (var file in input.Files)
            {
                var fileName = Path.GetFileName(file.Path);
                var valid = IsValidUtf16(file.Text);
                File.WriteAllBytes(
                    Path.Combine(written, valid ? fileName : fileName + ".utf16le"),
                    valid ? new UTF8Encoding(false).GetBytes(file.Text) : MemoryMarshal.AsBytes(file.Text.AsSpan()).ToArray());
            }

            if (input.Config is { } config)
            {
                File.WriteAllBytes(
                    Path.Combine(written, IsValidUtf16(config) ? ConfigName : ConfigName + ".utf16le"),
                    IsValidUtf16(config) ? new UTF8Encoding(false).GetBytes(config) : MemoryMarshal.AsBytes(config.AsSpan()).ToArray());
            }
        }

        File.WriteAllText(Path.Combine(folder, name + ".note"), $"positions={input.PositionSeed} {note.ReplaceLineEndings(" ")}\n");
        return written;
    }

    /// <summary>Every regression of the folder, in name order; none when the folder does not exist.</summary>
    public static IReadOnlyList<Regression> Load(string folder)
    {
        var found = new List<Regression>();
        if (!Directory.Exists(folder))
        {
            return found;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path)
                    .Where(p => p.EndsWith(Suffix, StringComparison.Ordinal) || p.EndsWith(Utf16Suffix, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .Select(p => new FuzzFile("/fuzz/case/" + Path.GetFileName(p).Replace(".utf16le", string.Empty, StringComparison.Ordinal), Read(p)))
                    .ToList();
                var configPath = new[] { ConfigName, ConfigName + ".utf16le" }.Select(n => Path.Combine(path, n)).FirstOrDefault(File.Exists);
                if (files.Count > 0)
                {
                    var regression = Make(folder, fileName, files, isScaling: false);
                    found.Add(configPath is null ? regression : regression with { Input = regression.Input with { Config = Read(configPath) } });
                }
            }
            else if (fileName.EndsWith(RepeatSuffix, StringComparison.Ordinal) || fileName.EndsWith(RepeatSuffix + ".utf16le", StringComparison.Ordinal))
            {
                var name = fileName[..fileName.IndexOf(RepeatSuffix, StringComparison.Ordinal)];
                found.Add(Make(folder, name, [new FuzzFile("/fuzz/case/input.case.md", Read(path))], isScaling: true));
            }
            else if (fileName.EndsWith(Suffix, StringComparison.Ordinal) || fileName.EndsWith(Utf16Suffix, StringComparison.Ordinal))
            {
                var name = fileName.EndsWith(Suffix, StringComparison.Ordinal) ? fileName[..^Suffix.Length] : fileName[..^Utf16Suffix.Length];
                found.Add(Make(folder, name, [new FuzzFile("/fuzz/case/input.case.md", Read(path))], isScaling: false));
            }
        }

        return found;
    }

    private static Regression Make(string folder, string name, IReadOnlyList<FuzzFile> files, bool isScaling)
    {
        var notePath = Path.Combine(folder, name + ".note");
        var note = File.Exists(notePath) ? File.ReadAllText(notePath).Trim() : string.Empty;
        var positions = PositionsPattern().Match(note) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
        var length = LengthPattern().Match(note) is { Success: true } lengthMatch ? int.Parse(lengthMatch.Groups[1].Value, CultureInfo.InvariantCulture) : 12_500;
        return new Regression(name, new FuzzInput(files, positions, FuzzSettings.Default) { Origin = "regression " + name }, isScaling, note) { ScalingLength = length };
    }

    /// <summary>UTF-8 files as the bytes say (a BOM kept as U+FEFF, so that it is fuzzed too); .utf16le files as raw code units.</summary>
    private static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return path.EndsWith(".utf16le", StringComparison.Ordinal)
            ? new string(MemoryMarshal.Cast<byte, char>(bytes))
            : new UTF8Encoding(false, false).GetString(bytes);
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short, file-name-safe name for a failure: its oracle and a hash of where it happened.</summary>
    public static string NameFor(Oracles.FailureSignature signature)
    {
        var hash = 2166136261u;
        foreach (var c in signature.Where)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return $"{signature.Oracle}-{hash:x8}";
    }

    [GeneratedRegex(@"positions=(-?\d+)")]
    private static partial Regex PositionsPattern();

    [GeneratedRegex(@"length=(\d+)")]
    private static partial Regex LengthPattern();
}
