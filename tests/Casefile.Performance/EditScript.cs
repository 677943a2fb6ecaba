using Casefile.Analysis;
using Casefile.Syntax;

namespace Casefile.Performance;

/// <summary>One keystroke as an incremental didChange: a range (UTF-16 positions) replaced by a text.</summary>
internal sealed record Edit(LinePosition Start, LinePosition End, string Text, string Kind)
{
    public SourceText ApplyTo(SourceText text)
    {
        var start = text.GetOffset(Start);
        var end = text.GetOffset(End);
        return new SourceText(string.Concat(text.Text.AsSpan(0, start), Text, text.Text.AsSpan(end)));
    }
}

/// <summary>
/// Typing that changes the diagnostics at every keystroke, so that a pushing server (which
/// publishes only when a document's diagnostics changed) answers every edit and a pull is checked
/// against a different result each time. Two kinds of burst take turns over sites spread through
/// the whole file, in this cycle of six keystrokes:
/// <list type="number">
/// <item>a time being corrected (4 keystrokes): in an evidence item's <c>- end: …</c> line, Backspace
/// on the last digit of the minutes, type a digit, Backspace, type a digit. With the digit gone the
/// value is no date (CF0004, which quotes it, appears); with a digit it is a valid time again (CF0004
/// goes, and any duration message changes with it). Each site is checked in-process to give CF0004
/// when truncated.</item>
/// <item>a paragraph split and joined (2 keystrokes): Enter before a word of a prose line, then
/// Backspace. Every diagnostic below moves one line down, then back. Each site has diagnostics after it.</item>
/// </list>
/// The text after each burst has the same lines as before it, so the planned positions stay valid.
/// </summary>
internal static class EditScript
{
    public static IReadOnlyList<Edit> Plan(string text, int count, int seed)
    {
        var source = new SourceText(text);
        var analysis = Analyzer.AnalyzeText("planned.case.md", text);
        var lastDiagnosticLine = analysis.Diagnostics.Select(d => d.Range.Start.Line).DefaultIfEmpty(-1).Max();
        var timeSites = TimeSites(source);
        var proseSites = ProseSites(source, lastDiagnosticLine);
        if (timeSites.Count == 0)
        {
            throw new InvalidOperationException("The file has no evidence item with an end time to edit.");
        }

        var random = new Random(seed);
        var edits = new List<Edit>(count + 6);
        for (var burst = 0; edits.Count < count; burst++)
        {
            var line = timeSites[burst % timeSites.Count];
            var last = source.GetLineText(line).Length - 1;
            for (var keystroke = 0; keystroke < 2; keystroke++)
            {
                edits.Add(new Edit(new LinePosition(line, last), new LinePosition(line, last + 1), string.Empty, "time: Backspace"));
                edits.Add(new Edit(new LinePosition(line, last), new LinePosition(line, last), random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture), "time: digit"));
            }

            if (proseSites.Count == 0)
            {
                // A tiny file with no diagnostics below any paragraph: times only.
                continue;
            }

            var (proseLine, column) = proseSites[burst % proseSites.Count];
            edits.Add(new Edit(new LinePosition(proseLine, column), new LinePosition(proseLine, column), "\n", "prose: Enter"));
            edits.Add(new Edit(new LinePosition(proseLine, column), new LinePosition(proseLine + 1, 0), string.Empty, "prose: Backspace"));
        }

        return edits.Take(count).ToList();
    }

    /// <summary>
    /// Up to 16 <c>- end:</c> lines ending in a digit, evenly spread over the file, each checked to
    /// give a diagnostic on its line when its last digit is deleted.
    /// </summary>
    private static List<int> TimeSites(SourceText source)
    {
        var candidates = Enumerable.Range(0, source.LineCount)
            .Where(l => source.GetLineText(l) is var t && t.StartsWith("- end: ", StringComparison.Ordinal) && t.Length > 8 && char.IsAsciiDigit(t[^1]))
            .ToList();
        var chosen = Spread(candidates, 16);
        var truncated = source.Text;
        foreach (var line in chosen.OrderDescending())
        {
            var end = source.GetLineSpan(line).End;
            truncated = truncated.Remove(end - 1, 1);
        }

        // Deleting a digit changes no line's number, so the two analyses compare line by line.
        var before = Analyzer.AnalyzeText("planned.case.md", source.Text).Diagnostics.Select(d => (d.Range.Start.Line, d.Code)).ToHashSet();
        var after = Analyzer.AnalyzeText("planned.case.md", truncated).Diagnostics.Select(d => (d.Range.Start.Line, d.Code)).Where(d => !before.Contains(d)).Select(d => d.Line).ToHashSet();
        return chosen.Where(after.Contains).ToList();
    }

    /// <summary>Up to 16 prose lines (a line of a paragraph, long enough, starting with a letter) with diagnostics below them, evenly spread.</summary>
    private static List<(int Line, int Column)> ProseSites(SourceText source, int lastDiagnosticLine)
    {
        var candidates = new List<(int, int)>();
        for (var line = 1; line < lastDiagnosticLine; line++)
        {
            var text = source.GetLineText(line);
            if (text.Length < 40 || !char.IsLetter(text[0]) || string.IsNullOrWhiteSpace(source.GetLineText(line - 1)) is false)
            {
                // A paragraph's first line only, after a blank line: not a heading's or list's continuation.
                continue;
            }

            // Before a word that starts with a letter, near the middle: the new line cannot become a list or a heading.
            for (var column = text.Length / 2; column < text.Length - 1; column++)
            {
                if (text[column - 1] == ' ' && char.IsLetter(text[column]))
                {
                    candidates.Add((line, column));
                    break;
                }
            }
        }

        return Spread(candidates, 16);
    }

    private static List<T> Spread<T>(IReadOnlyList<T> items, int count)
    {
        if (items.Count <= count)
        {
            return items.ToList();
        }

        return Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Count / count)]).ToList();
    }
}
