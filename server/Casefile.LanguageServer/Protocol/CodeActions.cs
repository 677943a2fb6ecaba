using System.Text.Json;

namespace Casefile.LanguageServer.Protocol;

// textDocument/codeAction and codeAction/resolve, as in LSP 3.17.

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context)
{
    public object? WorkDoneToken { get; init; }

    public object? PartialResultToken { get; init; }
}

/// <summary>
/// The diagnostics the client shows over the range (kept as sent: they are echoed back in the
/// actions, and a client may include another server's, whose <c>code</c> is a number), the kinds
/// asked for, and whether the user asked or the editor did.
/// </summary>
public sealed record CodeActionContext
{
    public IReadOnlyList<JsonElement> Diagnostics { get; init; } = [];

    public IReadOnlyList<string>? Only { get; init; }

    public int? TriggerKind { get; init; }
}

public static class CodeActionTriggerKind
{
    public const int Invoked = 1;
    public const int Automatic = 2;
}

public static class CodeActionKind
{
    public const string Empty = "";
    public const string QuickFix = "quickfix";
    public const string Refactor = "refactor";
    public const string Source = "source";
}

public sealed record CodeAction
{
    public required string Title { get; init; }

    public string? Kind { get; init; }

    /// <summary>The diagnostics the action resolves: <see cref="Diagnostic"/>s or the client's own JSON.</summary>
    public IReadOnlyList<object>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public CodeActionDisabled? Disabled { get; init; }

    public WorkspaceEdit? Edit { get; init; }

    public Command? Command { get; init; }

    /// <summary>Kept by the client between textDocument/codeAction and codeAction/resolve.</summary>
    public object? Data { get; init; }
}

public sealed record CodeActionDisabled(string Reason);
