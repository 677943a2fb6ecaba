using Casefile.Tests;
using Casefile.Generator;
using Casefile.Syntax;
using Markdig;
using Markdig.Syntax;

namespace Casefile.Core.Tests.Syntax;

/// <summary>
/// The parser runs Markdig's block parsers line by line itself, to leave out the inline pass, and
/// takes each top-level block away as soon as it is final; the blocks it reads must be those
/// <c>Markdown.Parse</c> builds, block for block, so that a Markdig upgrade that changed how blocks
/// are driven (or began to look back at earlier blocks) is caught here and not in users' files.
/// </summary>
public sealed class BlockPassTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>
        {
            CaseFileGenerator.Generate(new GeneratorOptions(60, Seed: 7)).Text,
            "# Case\n- case: 1\n\n```\n### E-1 not a heading\n```\n\n> ### E-2 quoted\n> - kind: protocol\n\n- a\n  - b\n\n      code\n\nSetext\n===\n\n<!-- casefile-ignore CF0002: x -->\n<div>\n\n</div>\n",
            "# Case\r\n- case: 1\r\n\r\n### P-1 A\r\n- role: suspect\rlazy\r\n",
            "### E-1\n- kind: testimony\n\0\n- date: 2024-01-01",
            "",
            "\n\n\n",
            string.Concat(Enumerable.Repeat("> - ", 20)) + "deep",
            "[foo]: /url \"title\"\n\nPara [foo]\n[bar]:\n/x\n",
            "- a\n\n  b\n- c\n\n\n- d\n",
            "Para\n---\n- item\n---\n***\n",
            "> quote\nlazy\n\n> again\n",
            "    code\n\n    more\n",
            "<div>\nhtml\n\n# after\n<!-- casefile-ignore CF1504: night\n-->\n",
            "1. one\n2. two\n\n3) three\n",
            "### E-1 A\n- kind: testimony\n  - nested: x\n  <!-- casefile-ignore CF0002: r -->\n- date: 2024-01-01\n",
            CaseFileGenerator.Generate(new GeneratorOptions(30, Seed: 3)).Text.Replace("\n", "\r\n"),
        };
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Examples, "*.case.md", SearchOption.AllDirectories))
        {
            data.Add(File.ReadAllText(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_block_pass_builds_the_tree_Markdown_Parse_builds(string text)
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        var expected = Describe(Markdown.Parse(text, builder.Build()));
        var actual = new List<string>();
        CaseFileParser.ParseBlocks(text, block => actual.AddRange(Describe(block)));
        Assert.Equal(expected, actual);
    }

    private static List<string> Describe(MarkdownDocument document) => document.SelectMany(Describe).ToList();

    private static IEnumerable<string> Describe(Block block) =>
        new[] { block }.Concat(block is ContainerBlock container ? container.Descendants().OfType<Block>() : [])
            .Select(b => $"{b.GetType().Name} line {b.Line} {b.Span} in {b.Parent?.GetType().Name}");
}
