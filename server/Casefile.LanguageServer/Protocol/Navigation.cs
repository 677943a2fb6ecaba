namespace Casefile.LanguageServer.Protocol;

// Navigation in LSP 3.17: document and workspace symbols, definition, references, document
// highlights, rename.

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>A node of a document's outline (hierarchical symbols).</summary>
public sealed record DocumentSymbol
{
    public required string Name { get; init; }

    public string? Detail { get; init; }

    public required int Kind { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }

    /// <summary>Everything the symbol covers: heading, attributes and body.</summary>
    public required Range Range { get; init; }

    /// <summary>What to select and reveal: an entity's ID, a heading's text.</summary>
    public required Range SelectionRange { get; init; }

    public IReadOnlyList<DocumentSymbol>? Children { get; init; }
}

/// <summary>A flat symbol, for workspace symbols and for clients without hierarchical document symbols.</summary>
public sealed record SymbolInformation
{
    public required string Name { get; init; }

    public required int Kind { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }

    public required Location Location { get; init; }

    public string? ContainerName { get; init; }
}

public sealed record WorkspaceSymbolParams(string? Query);

public static class SymbolKind
{
    public const int File = 1;
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Package = 4;
    public const int Class = 5;
    public const int Method = 6;
    public const int Property = 7;
    public const int Field = 8;
    public const int Constructor = 9;
    public const int Enum = 10;
    public const int Interface = 11;
    public const int Function = 12;
    public const int Variable = 13;
    public const int Constant = 14;
    public const int String = 15;
    public const int Number = 16;
    public const int Boolean = 17;
    public const int Array = 18;
    public const int Object = 19;
    public const int Key = 20;
    public const int Null = 21;
    public const int EnumMember = 22;
    public const int Struct = 23;
    public const int Event = 24;
    public const int Operator = 25;
    public const int TypeParameter = 26;
}

public static class SymbolTag
{
    public const int Deprecated = 1;
}

public sealed record DefinitionParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

/// <summary>A definition with the span it was reached from and the whole of its target (for peek and hover previews).</summary>
public sealed record LocationLink(string TargetUri, Range TargetRange, Range TargetSelectionRange)
{
    public Range? OriginSelectionRange { get; init; }
}

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context) : TextDocumentPositionParams(TextDocument, Position);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record DocumentHighlightParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

public sealed record DocumentHighlight(Range Range, int? Kind = null);

public static class DocumentHighlightKind
{
    public const int Text = 1;
    public const int Read = 2;
    public const int Write = 3;
}

public sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The range to rename and the text the rename box starts with.</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName) : TextDocumentPositionParams(TextDocument, Position);
