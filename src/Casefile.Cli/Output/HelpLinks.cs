using System.Collections.Concurrent;
using Casefile.Diagnostics;

namespace Casefile.Cli.Output;

/// <summary>
/// Where a rule's page is: the absolute file:// URI of the copy of docs/rules/CFxxxx.md that the
/// build puts next to the executable, or null when that copy is missing.
/// </summary>
public sealed class HelpLinks(string ruleDocsDirectory)
{
    private readonly ConcurrentDictionary<string, string?> uris = new(StringComparer.Ordinal);

    public string RuleDocsDirectory { get; } = ruleDocsDirectory;

    /// <summary>The page's absolute URI, or null when the page is not there.</summary>
    public string? AbsoluteUri(RuleDescriptor rule) => uris.GetOrAdd(rule.Code, code =>
    {
        var file = Path.GetFullPath(Path.Combine(RuleDocsDirectory, code + ".md"));
        return File.Exists(file) ? DisplayPaths.FileUri(file) : null;
    });

    /// <summary>The absolute URI when the page is there; otherwise the page's path relative to the repository root (docs/rules/CFxxxx.md).</summary>
    public string UriOrRelative(RuleDescriptor rule) => AbsoluteUri(rule) ?? rule.HelpPath;
}
