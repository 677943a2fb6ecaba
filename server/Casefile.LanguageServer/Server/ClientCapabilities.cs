using System.Text.Json;

namespace Casefile.LanguageServer.Server;

/// <summary>What the client said it can do, read by path ("textDocument.diagnostic") from initialize's capabilities.</summary>
public sealed class ClientCapabilities
{
    private readonly JsonElement root;

    public ClientCapabilities(JsonElement? capabilities)
    {
        root = capabilities ?? default;
    }

    public static ClientCapabilities None { get; } = new(null);

    public JsonElement? Get(string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var current = root;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    public bool Has(string path) => Get(path) is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };

    public bool IsTrue(string path) => Get(path) is { ValueKind: JsonValueKind.True };

    public IReadOnlyList<string> Strings(string path) =>
        Get(path) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    public bool SupportsPullDiagnostics => Has("textDocument.diagnostic");

    public bool SupportsWorkspaceDiagnosticRefresh => IsTrue("workspace.diagnostics.refreshSupport");

    public bool SupportsConfiguration => IsTrue("workspace.configuration");

    public bool SupportsWatchedFilesRegistration => IsTrue("workspace.didChangeWatchedFiles.dynamicRegistration");

    public bool SupportsRelatedInformation => IsTrue("textDocument.publishDiagnostics.relatedInformation") || !Has("textDocument.publishDiagnostics");

    public bool SupportsMarkdownHover => Strings("textDocument.hover.contentFormat") is var formats && (formats.Count == 0 || formats.Contains("markdown"));
}
