using Casefile.Syntax;

namespace Casefile.Fixes;

/// <summary>
/// One change a fix makes: the text at <see cref="Span"/> of the file at <see cref="Path"/> (as
/// <see cref="Text"/> holds it, the text the analysis saw) becomes <see cref="NewText"/>.
/// An empty span inserts.
/// </summary>
public sealed record FileEdit(string Path, SourceText Text, TextSpan Span, string NewText)
{
    /// <summary>
    /// Applies edits to one text, as an editor applies a workspace edit: spans refer to the
    /// original text, do not overlap, and an insertion at the end of a replaced span follows it.
    /// </summary>
    public static string Apply(string text, IEnumerable<FileEdit> edits)
    {
        var ordered = edits
            .Select((edit, index) => (edit, index))
            .OrderByDescending(e => e.edit.Span.Start)
            .ThenByDescending(e => e.index)
            .Select(e => e.edit)
            .ToList();
        var builder = new System.Text.StringBuilder(text);
        foreach (var edit in ordered)
        {
            builder.Remove(edit.Span.Start, edit.Span.Length);
            builder.Insert(edit.Span.Start, edit.NewText);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The edits of one file sorted by position, with edits that touch (one ends where the next
    /// starts) merged into one, so that no client has to order two edits at the same offset.
    /// </summary>
    public static IReadOnlyList<FileEdit> Normalize(IEnumerable<FileEdit> edits)
    {
        var result = new List<FileEdit>();
        foreach (var edit in edits.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ThenBy(e => e.Span.End))
        {
            if (result.Count > 0 && result[^1] is var last && last.Path == edit.Path && last.Span.End == edit.Span.Start)
            {
                result[^1] = last with { Span = TextSpan.FromBounds(last.Span.Start, edit.Span.End), NewText = last.NewText + edit.NewText };
                continue;
            }

            if (result.Count > 0 && result[^1].Path == edit.Path && result[^1].Span.End > edit.Span.Start)
            {
                throw new InvalidOperationException($"Overlapping edits at {result[^1].Span} and {edit.Span}.");
            }

            result.Add(edit);
        }

        return result;
    }
}
