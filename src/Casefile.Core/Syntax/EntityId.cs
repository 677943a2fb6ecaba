using System.Diagnostics.CodeAnalysis;

namespace Casefile.Syntax;

/// <summary>An entity's ID: a prefix letter, a hyphen and a positive integer (P-1, E-12).</summary>
public readonly record struct EntityId(char Prefix, int Number)
{
    public const string Prefixes = "PECMA";

    public override string ToString() => $"{Prefix}-{Number}";

    /// <summary>Strict: exactly "X-n" with X one of P, E, C, M, A and n a positive integer without leading zeros, at most int.MaxValue.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out EntityId id)
    {
        id = default;
        if (text.Length < 3 || text.Length > 12 || Prefixes.IndexOf(text[0]) < 0 || text[1] != '-' || text[2] == '0')
        {
            return false;
        }

        // Up to ten digits: read as a long, so that a number past int.MaxValue is refused rather than wrapped onto another ID.
        var number = 0L;
        foreach (var c in text[2..])
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        if (number > int.MaxValue)
        {
            return false;
        }

        id = new EntityId(text[0], (int)number);
        return true;
    }

    /// <summary>
    /// The ID after the highest number in use; when that is the largest number an ID can have
    /// (int.MaxValue), the lowest number not in use, since one more would not be an ID.
    /// </summary>
    internal static EntityId NextFree(char prefix, IEnumerable<int> numbersInUse)
    {
        var used = numbersInUse.ToHashSet();
        var highest = used.DefaultIfEmpty(0).Max();
        if (highest < int.MaxValue)
        {
            return new EntityId(prefix, highest + 1);
        }

        var lowest = 1;
        while (used.Contains(lowest))
        {
            lowest++;
        }

        return new EntityId(prefix, lowest);
    }

    /// <summary>
    /// Something a user meant as an ID but wrote wrongly: "p-1", "P-01", "P-0", "P-1:", a letter
    /// that is no prefix ("X-1") or a Cyrillic look-alike ("Р-1" with a Cyrillic Р). Used to tell
    /// such headings apart from prose.
    /// </summary>
    public static bool LooksLikeId(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(".:,;)");
        if (text.Length < 3 || !char.IsLetter(text[0]) || text[1] != '-')
        {
            return false;
        }

        foreach (var c in text[2..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
