namespace Casefile.Vocabulary;

/// <summary>
/// The keys of one kind of entity by canonical name, for the lookup rules make on every entity
/// many times per analysis. Names are hashed on their length and first and last characters (which
/// tell the canonical names apart well) into a small open table, and compared by reference first:
/// the names rules ask for are string literals, the same objects as the definitions' own names.
/// </summary>
internal sealed class CanonicalKeyTable
{
    private readonly KeyDefinition?[] slots;
    private readonly int mask;

    public CanonicalKeyTable(IReadOnlyList<KeyDefinition> keys)
    {
        var size = 16;
        while (size < keys.Count * 4)
        {
            size *= 2;
        }

        slots = new KeyDefinition?[size];
        mask = size - 1;
        foreach (var key in keys)
        {
            var slot = Hash(key.Canonical) & mask;
            while (slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = key;
        }
    }

    public KeyDefinition? Find(string canonical)
    {
        if (canonical.Length == 0)
        {
            return null;
        }

        for (var slot = Hash(canonical) & mask; slots[slot] is { } key; slot = (slot + 1) & mask)
        {
            if (ReferenceEquals(key.Canonical, canonical) || string.Equals(key.Canonical, canonical, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    private static int Hash(string name) => name.Length == 0 ? 0 : (name.Length * 31) ^ (name[0] * 7) ^ (name[^1] * 131);
}
