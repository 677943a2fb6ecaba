using System.Reflection;
using Casefile.Diagnostics;

namespace Casefile.Analysis;

/// <summary>Every rule of the project, found in this assembly, in code order.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } = typeof(Rule).Assembly
        .GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract)
        .Select(t => (Rule)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(r => r.Descriptor.Code, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<string, Rule> ByCode = All.ToDictionary(r => r.Descriptor.Code, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<RuleDescriptor> Descriptors => All.Select(r => r.Descriptor);

    public static RuleDescriptor? Find(string code) => ByCode.GetValueOrDefault(code)?.Descriptor;

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);
}
