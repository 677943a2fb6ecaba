using System.Text;
using Casefile.Syntax;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Workspace;

/// <summary>Applies a didChange's content changes in order, each to the result of the one before (LSP 3.17).</summary>
public static class TextChanges
{
    public static SourceText Apply(SourceText text, IReadOnlyList<Lsp.TextDocumentContentChangeEvent> changes, PositionEncodingKind encoding)
    {
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = new SourceText(change.Text ?? string.Empty);
                continue;
            }

            var start = encoding.ToOffset(text, range.Start);
            var end = encoding.ToOffset(text, range.End);
            if (end < start)
            {
                (start, end) = (end, start);
            }

            var builder = new StringBuilder(text.Length - (end - start) + (change.Text?.Length ?? 0));
            builder.Append(text.Text, 0, start).Append(change.Text).Append(text.Text, end, text.Length - end);
            text = new SourceText(builder.ToString());
        }

        return text;
    }
}
