namespace Casefile.Performance;

/// <summary>A plain-text table with aligned columns (Markdown-compatible, so it pastes into docs as is).</summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public Table Add(params object[] cells)
    {
        rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    public void Print(TextWriter output)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        string Line(IReadOnlyList<string> cells) =>
            "| " + string.Join(" | ", widths.Select((w, i) => i < cells.Count ? (i == 0 ? cells[i].PadRight(w) : cells[i].PadLeft(w)) : new string(' ', w))) + " |";

        output.WriteLine(Line(headers));
        output.WriteLine("| " + string.Join(" | ", widths.Select((w, i) => i == 0 ? new string('-', w) : new string('-', w - 1) + ":")) + " |");
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }

        output.WriteLine();
    }

    public static string Ms(double value) => value switch
    {
        >= 100 => value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string Bytes(long value) => value switch
    {
        >= 1L << 30 => $"{value / (double)(1L << 30):F2} GiB",
        >= 1L << 20 => $"{value / (double)(1L << 20):F1} MiB",
        >= 1L << 10 => $"{value / 1024.0:F1} KiB",
        _ => $"{value} B",
    };

    private static string Format(object cell) => cell switch
    {
        double d => Ms(d),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
