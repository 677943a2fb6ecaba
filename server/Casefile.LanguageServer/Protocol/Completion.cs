namespace Casefile.LanguageServer.Protocol;

// textDocument/completion as in LSP 3.17.

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position)
{
    public CompletionContext? Context { get; init; }
}

public sealed record CompletionContext(int TriggerKind)
{
    public string? TriggerCharacter { get; init; }
}

public static class CompletionTriggerKind
{
    public const int Invoked = 1;
    public const int TriggerCharacter = 2;
    public const int TriggerForIncompleteCompletions = 3;
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record CompletionItem
{
    public required string Label { get; init; }

    public CompletionItemLabelDetails? LabelDetails { get; init; }

    public int? Kind { get; init; }

    public string? Detail { get; init; }

    /// <summary>A string (plain text) or a <see cref="MarkupContent"/>.</summary>
    public object? Documentation { get; init; }

    public bool? Preselect { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public string? InsertText { get; init; }

    public int? InsertTextFormat { get; init; }

    public int? InsertTextMode { get; init; }

    /// <summary>A <see cref="Protocol.TextEdit"/>, or an <see cref="InsertReplaceEdit"/> where the client supports it.</summary>
    public object? TextEdit { get; init; }

    public IReadOnlyList<TextEdit>? AdditionalTextEdits { get; init; }

    public IReadOnlyList<string>? CommitCharacters { get; init; }

    public Command? Command { get; init; }

    public object? Data { get; init; }
}

public sealed record CompletionItemLabelDetails
{
    public string? Detail { get; init; }

    public string? Description { get; init; }
}

/// <summary>The text typed so far (<see cref="Insert"/>) and the whole word it may replace (<see cref="Replace"/>).</summary>
public sealed record InsertReplaceEdit(string NewText, Range Insert, Range Replace);

public static class CompletionItemKind
{
    public const int Text = 1;
    public const int Property = 10;
    public const int Value = 12;
    public const int Keyword = 14;
    public const int Snippet = 15;
    public const int Reference = 18;
    public const int EnumMember = 20;
}

public static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}

public static class InsertTextMode
{
    public const int AsIs = 1;
    public const int AdjustIndentation = 2;
}
