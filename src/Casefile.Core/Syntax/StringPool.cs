namespace Casefile.Syntax;

/// <summary>
/// One string per distinct short text within a file: a case repeats the same keys ("kind",
/// "date") and many of the same values ("testimony", "P-7") thousands of times, and a string for
/// each would make them a large part of the tree the server keeps for every file.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer texts are rarely repeated and are not worth hashing.</summary>
    private const int MaxLength = 40;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (!lookup.TryGetValue(text, out var pooled))
        {
            pooled = text.ToString();
            strings.Add(pooled, pooled);
        }

        return pooled;
    }
}
