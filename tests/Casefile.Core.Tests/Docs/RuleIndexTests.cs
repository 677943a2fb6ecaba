using System.Text;
using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Tests.Docs;

/// <summary>docs/rules/README.md lists every code of <see cref="RuleCatalog"/>, generated from the catalog.</summary>
public sealed class RuleIndexTests
{
    public const string Region = "rules";

    private static string PagePath => Path.Combine(RepositoryPaths.RuleDocs, "README.md");

    [Fact]
    public void The_table_of_codes_is_generated_from_the_catalog() =>
        GeneratedRegion.AssertCurrent(PagePath, Region, Render());

    [Fact]
    public void Every_rule_has_an_English_title()
    {
        var missing = RuleCatalog.Descriptors.Where(d => Strings.GetExact($"{d.Code}_Title", Language.En) is null).Select(d => d.Code).ToList();
        Assert.True(missing.Count == 0, $"No {{Code}}_Title in Messages.resx for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_page_in_docs_rules_belongs_to_a_rule()
    {
        var orphans = Directory.GetFiles(RepositoryPaths.RuleDocs, "CF*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(code => RuleCatalog.Find(code!) is null)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(orphans.Count == 0, $"Pages without a rule in the catalog: {string.Join(", ", orphans)}");
    }

    /// <summary>Two tables, format codes then paragraph codes, each in code order.</summary>
    public static string Render()
    {
        var builder = new StringBuilder();
        var descriptors = RuleCatalog.Descriptors.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        AppendTable(builder, "Format", "The file cannot be read as the format says, so the checks would not see what you meant.", descriptors.Where(d => !d.IsParagraphRule));
        AppendTable(builder, "Admissibility (resolution No. 4)", "The evidence may be inadmissible under a paragraph of the resolution.", descriptors.Where(d => d.IsParagraphRule));
        return builder.ToString();
    }

    private static void AppendTable(StringBuilder builder, string title, string description, IEnumerable<RuleDescriptor> descriptors)
    {
        builder.Append($"### {title}\n\n{description}\n\n");
        builder.Append("| Code | Severity | Paragraph | Title | Name |\n");
        builder.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var descriptor in descriptors)
        {
            var text = Strings.GetExact($"{descriptor.Code}_Title", Language.En) ?? "*(no title in Messages.resx)*";
            builder.Append($"| [{descriptor.Code}]({descriptor.Code}.md) | {descriptor.DefaultSeverity.Name()} | {descriptor.Paragraph ?? "— (format)"} | {text.Replace("|", "\\|")} | `{descriptor.Name}` |\n");
        }

        builder.Append('\n');
    }
}
