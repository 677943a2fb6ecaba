using System.Globalization;

namespace Casefile.Performance;

/// <summary><c>--name value</c> options after the subcommand; a name may repeat (<c>--env</c>). Unknown names are errors.</summary>
internal sealed class HarnessArgs
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public HarnessArgs(IEnumerable<string> arguments)
    {
        string? name = null;
        foreach (var argument in arguments)
        {
            if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    Add(name, "true");
                }

                name = argument[2..];
                var equals = name.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    Add(name[..equals], name[(equals + 1)..]);
                    name = null;
                }
            }
            else if (name is not null)
            {
                Add(name, argument);
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{argument}'.");
            }
        }

        if (name is not null)
        {
            Add(name, "true");
        }
    }

    public string String(string name, string fallback) => Last(name) ?? fallback;

    public int Int(string name, int fallback) => Last(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => Last(name) is { } value && value != "false";

    public IReadOnlyList<int> Ints(string name, params int[] fallback) =>
        Last(name) is { } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList() : fallback;

    public IReadOnlyList<string> Strings(string name, params string[] fallback) =>
        Last(name) is { } value ? value.Split(',', StringSplitOptions.RemoveEmptyEntries) : fallback;

    /// <summary>Every <c>--env NAME=VALUE</c>: environment variables for the measured processes (DOTNET_TieredPGO=0 …).</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        used.Add("env");
        return values.GetValueOrDefault("env", []).Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Fails on an option no one asked for: a typo must not silently measure something else.</summary>
    public void ThrowIfUnused()
    {
        var unknown = values.Keys.Where(k => !used.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
        }
    }

    private string? Last(string name)
    {
        used.Add(name);
        return values.TryGetValue(name, out var list) ? list[^1] : null;
    }

    private void Add(string name, string value)
    {
        if (!values.TryGetValue(name, out var list))
        {
            values[name] = list = [];
        }

        list.Add(value);
    }
}
