using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Casefile.Analysis;
using Casefile.Localization;

namespace Casefile.LanguageServer.Tests;

/// <summary>Content changes as a client writes them (LSP 3.17 TextDocumentContentChangeEvent).</summary>
public static class Changes
{
    public static object Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } };

    public static object Replace(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = Range(startLine, startCharacter, endLine, endCharacter), text };

    public static object Insert(int line, int character, string text) => Replace(line, character, line, character, text);

    public static object Full(string text) => new { text };
}

/// <summary>Helpers over <see cref="LspClient"/> for the runtime tests (sync, diagnostics, logs, settings).</summary>
public static class RuntimeClient
{
    /// <summary>One didChange carrying several content changes, applied by the server in order.</summary>
    public static Task ChangeAsync(this LspClient client, string uri, int version, params object[] changes) =>
        client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    /// <summary>Every publishDiagnostics received for the document, oldest first.</summary>
    public static IReadOnlyList<JsonElement> PublishedFor(this LspClient client, string uri) =>
        client.Notifications.Where(n => n.Method == "textDocument/publishDiagnostics" && n.Params.GetProperty("uri").GetString() == uri).Select(n => n.Params).ToList();

    /// <summary>The texts of every window/logMessage received.</summary>
    public static IReadOnlyList<string> LogMessages(this LspClient client) =>
        client.Notifications.Where(n => n.Method == "window/logMessage").Select(n => n.Params.GetProperty("message").GetString() ?? string.Empty).ToList();

    /// <summary>
    /// Waits until the last publication for <paramref name="uri"/> satisfies the condition and no
    /// other publication for it follows within <paramref name="quiet"/>; returns that last one.
    /// </summary>
    public static async Task<JsonElement> WaitForSettledDiagnosticsAsync(this LspClient client, string uri, Func<JsonElement, bool> condition, TimeSpan? quiet = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var published = client.PublishedFor(uri);
            if (published.Count > 0 && condition(published[^1]))
            {
                await Task.Delay(quiet ?? TimeSpan.FromMilliseconds(400));
                var after = client.PublishedFor(uri);
                if (after.Count == published.Count)
                {
                    return after[^1];
                }

                continue;
            }

            if (DateTime.UtcNow > deadline)
            {
                var last = published.Count == 0 ? "none" : string.Join("\n", Describe(published[^1]));
                throw new TimeoutException($"The diagnostics of {uri} did not settle as expected. Last published:\n{last}\nServer stderr:\n{client.Server.ErrorOutput}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>A client whose capabilities are those of <see cref="LspClient.DefaultCapabilities"/> changed by <paramref name="change"/>.</summary>
    public static JsonObject Capabilities(bool pullDiagnostics = false, Action<JsonObject>? change = null)
    {
        var capabilities = LspClient.DefaultCapabilities(pullDiagnostics);
        change?.Invoke(capabilities);
        return capabilities;
    }

    /// <summary>One line per diagnostic as the CLI's text report puts it (0-based LSP range): "l:c-l:c severity CODE message".</summary>
    public static IReadOnlyList<string> Describe(JsonElement publishedOrReport)
    {
        var items = publishedOrReport.TryGetProperty("diagnostics", out var diagnostics) ? diagnostics : publishedOrReport.GetProperty("items");
        return items.EnumerateArray().Select(DescribeOne).ToList();
    }

    public static string DescribeOne(JsonElement d)
    {
        var range = d.GetProperty("range");
        var severity = d.GetProperty("severity").GetInt32() switch { 1 => "error", 2 => "warning", 3 => "information", _ => "hint" };
        return $"{Position(range.GetProperty("start"))}-{Position(range.GetProperty("end"))} {severity} {d.GetProperty("code").GetString()} {d.GetProperty("message").GetString()}";
    }

    /// <summary>Like <see cref="DescribeOne"/>, with the related information appended as <see cref="Expected.ForFolder"/> writes it.</summary>
    public static IReadOnlyList<string> DescribeWithRelated(JsonElement published) =>
        (published.TryGetProperty("diagnostics", out var d) ? d : published.GetProperty("items")).EnumerateArray().Select(x =>
        {
            var related = x.TryGetProperty("relatedInformation", out var r)
                ? string.Concat(r.EnumerateArray().Select(i =>
                {
                    var location = i.GetProperty("location");
                    var range = location.GetProperty("range");
                    return $" | related {location.GetProperty("uri").GetString()} {Position(range.GetProperty("start"))}-{Position(range.GetProperty("end"))} {i.GetProperty("message").GetString()}";
                }))
                : string.Empty;
            return DescribeOne(x) + related;
        }).ToList();

    public static IReadOnlyList<string> Codes(JsonElement published) =>
        (published.TryGetProperty("diagnostics", out var d) ? d : published.GetProperty("items")).EnumerateArray().Select(x => x.GetProperty("code").GetString()!).ToList();

    private static string Position(JsonElement position) => $"{position.GetProperty("line").GetInt32()}:{position.GetProperty("character").GetInt32()}";
}

/// <summary>What the CLI reports for a text, computed in-process by the same analyzer.</summary>
public static class Expected
{
    /// <summary>
    /// Every case file of a folder analysed together as the CLI does (read as UTF-8, bad bytes
    /// replaced, BOM dropped), each described in its own language (its <c>language</c> key, else
    /// <paramref name="fallback"/>), with related information: path → lines.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ForFolder(string folder, Language fallback, RuleSettings? settings = null)
    {
        var paths = Directory.GetFiles(folder, "*.case.md").Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var syntaxes = paths.Select(p => Casefile.Syntax.CaseFileParser.Parse(p, ReadLikeTheCli(p))).ToList();
        var result = Analyzer.Analyze(syntaxes, _ => settings ?? RuleSettings.Default);
        return paths.Select((p, i) => (p, i)).ToDictionary(
            x => x.p,
            x =>
            {
                var file = result.Files[x.i];
                var language = file.Model.Case.Language ?? fallback;
                return (IReadOnlyList<string>)file.Diagnostics.Select(d => Describe(d, language) + Related(d, language)).ToList();
            });
    }

    /// <summary>One file analysed alone, described in its own language (else <paramref name="fallback"/>), with related information.</summary>
    public static IReadOnlyList<string> ForText(string path, string text, Language fallback)
    {
        var file = Analyzer.AnalyzeText(path, text);
        var language = file.Model.Case.Language ?? fallback;
        return file.Diagnostics.Select(d => Describe(d, language) + Related(d, language)).ToList();
    }

    public static string ReadLikeTheCli(string path)
    {
        var text = new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static string Related(Casefile.Diagnostics.Diagnostic d, Language language) =>
        string.Concat(d.Related.Select(r => $" | related {LspClient.Uri(r.Path)} {r.Range.Start.Line}:{r.Range.Start.Character}-{r.Range.End.Line}:{r.Range.End.Character} {r.Message.Format(language)}"));

    public static IReadOnlyList<string> Diagnostics(string path, string text, Language language, RuleSettings? settings = null) =>
        Analyzer.AnalyzeText(path, text, settings).Diagnostics.Select(d => Describe(d, language)).ToList();

    public static IReadOnlyList<string> Diagnostics(IReadOnlyList<(string Path, string Text)> files, string path, Language language)
    {
        var syntaxes = files.Select(f => Casefile.Syntax.CaseFileParser.Parse(f.Path, f.Text)).ToList();
        var result = Analyzer.Analyze(syntaxes);
        var index = files.Select(f => f.Path).ToList().IndexOf(path);
        return result.Files[index].Diagnostics.Select(d => Describe(d, language)).ToList();
    }

    public static string Describe(Casefile.Diagnostics.Diagnostic d, Language language)
    {
        var paragraph = d.Rule.Paragraph is { } p ? $" [para {p}]" : string.Empty;
        return $"{d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character} {d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Format(language).ReplaceLineEndings(" ")}{paragraph}";
    }
}

/// <summary>Where the repository's files are, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Examples => Path.Combine(Root, "examples");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Casefile.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (Casefile.sln) is not above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies a folder's files (not its sub-folders) into <paramref name="target"/>.</summary>
    public static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }
}

/// <summary>Generated case files.</summary>
public static class BigCase
{
    /// <summary>
    /// A case with <paramref name="items"/> interrogations at night without a lawyer, each with its
    /// suspect: large enough that analysing it takes a noticeable time.
    /// </summary>
    public static string Generate(int items)
    {
        var text = new StringBuilder();
        text.Append("# Criminal case 245100031000999\n- case: 245100031000999\n- registered: 2024-03-01 10:15\n\n### P-100000 Seitov Arman\n- role: investigator\n\n### C-1 The event of the crime\n- element: event\n- charged: yes\n\n");
        for (var i = 1; i <= items; i++)
        {
            text.Append($"### P-{i} Suspect number {i}\n- role: suspect\n\n");
            text.Append($"### E-{i} Interrogation {i}\n- kind: testimony\n- person: P-{i}\n- conducted-by: P-100000\n- start: 2024-03-02 23:10\n- end: 2024-03-03 04:30\n- lawyer: none\n- rights-explained: no\n- proves: C-1\n\nProse about the interrogation number {i}.\n\n");
        }

        return text.ToString();
    }
}
