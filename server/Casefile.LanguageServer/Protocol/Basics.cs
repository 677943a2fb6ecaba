using System.Text.Json.Serialization;

namespace Casefile.LanguageServer.Protocol;

// The basic structures of LSP 3.17, named and shaped as in the specification.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);

public sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);

public sealed record WorkspaceEdit
{
    public IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes { get; init; }

    public IReadOnlyList<TextDocumentEdit>? DocumentChanges { get; init; }
}

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);

    public static MarkupContent PlainText(string value) => new("plaintext", value);
}

public sealed record Command(string Title, string CommandName, IReadOnlyList<object>? Arguments = null)
{
    [JsonPropertyName("command")]
    public string CommandName { get; init; } = CommandName;
}

public sealed record WorkDoneProgressParams
{
    public object? WorkDoneToken { get; init; }
}
