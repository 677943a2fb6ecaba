using System.Text.Json;
using Casefile.Analysis;
using Casefile.Localization;

namespace Casefile.Cli.Tests;

public sealed class SarifFormatTests
{
    private static JsonDocument RunSarif(TempFolder folder, CliEnvironment? environment = null, params string[] extra)
    {
        environment ??= new CliEnvironment(new StringWriter(), new StringWriter(), folder.Path);
        var result = Cli.Run(environment, ["check", ".", "--format", "sarif", .. extra]);
        Assert.NotEqual(2, result.ExitCode);
        return JsonDocument.Parse(result.Stdout);
    }

    [Fact]
    public void Has_the_required_top_level_fields_and_every_rule()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        using var sarif = RunSarif(folder);

        var root = sarif.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("Casefile", driver.GetProperty("name").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var descriptors = RuleCatalog.Descriptors.ToList();
        Assert.Equal(descriptors.Select(d => d.Code), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, descriptor) in rules.Zip(descriptors))
        {
            Assert.Equal(descriptor.Name, rule.GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            var expectedLevel = descriptor.DefaultSeverity switch
            {
                Diagnostics.Severity.Error => "error",
                Diagnostics.Severity.Warning => "warning",
                _ => "note",
            };
            Assert.Equal(expectedLevel, rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            var properties = rule.GetProperty("properties");
            Assert.Equal(descriptor.Paragraph, properties.GetProperty("paragraph").GetString());

            // helpUri is absolute when the page was copied next to the tool; otherwise the page's path is given.
            if (rule.TryGetProperty("helpUri", out var helpUri))
            {
                var uri = new Uri(helpUri.GetString()!);
                Assert.True(uri.IsAbsoluteUri && uri.IsFile);
                Assert.EndsWith($"docs/rules/{descriptor.Code}.md", uri.AbsolutePath, StringComparison.Ordinal);
                Assert.True(File.Exists(uri.LocalPath));
            }
            else
            {
                Assert.Equal($"docs/rules/{descriptor.Code}.md", properties.GetProperty("helpPath").GetString());
            }
        }
    }

    [Fact]
    public void A_result_points_at_its_region_relative_to_the_source_root()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write(Path.Combine("cases", "a.case.md"), Samples.WrongStage);

        using var sarif = RunSarif(folder);

        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "CF0003");
        Assert.Equal("CF0003", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(Expected.Message(Samples.WrongStage, "CF0003", Language.En), result.GetProperty("message").GetProperty("text").GetString());

        var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("cases/a.case.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal(4, region.GetProperty("startLine").GetInt32());
        Assert.Equal(10, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(4, region.GetProperty("endLine").GetInt32());
        Assert.Equal(15, region.GetProperty("endColumn").GetInt32());
        Assert.False(result.TryGetProperty("suppressions", out _));

        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.EndsWith("/", root, StringComparison.Ordinal);
        Assert.Equal(Path.TrimEndingDirectorySeparator(folder.Path), Path.TrimEndingDirectorySeparator(new Uri(root).LocalPath));
    }

    [Fact]
    public void Suppressed_diagnostics_are_included_with_their_justification()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        var text = Samples.UnknownKeyOnEvidence.Replace("- bogus: 1", "<!-- casefile-ignore CF0002: kept for the archive -->\n- bogus: 1", StringComparison.Ordinal);
        folder.Write("a.case.md", text);

        using var sarif = RunSarif(folder);

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "CF0002");
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("kept for the archive", suppression.GetProperty("justification").GetString());
        Assert.Equal("E-1", result.GetProperty("properties").GetProperty("entity").GetString());
    }

    [Fact]
    public void HelpUri_is_the_absolute_uri_of_the_copied_page_when_it_exists()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);
        var page = folder.Write(Path.Combine("tool", "docs", "rules", "CF0003.md"), "# CF0003\n");
        var environment = new CliEnvironment(new StringWriter(), new StringWriter(), folder.Path)
        {
            RuleDocsDirectory = Path.Combine(folder.Path, "tool", "docs", "rules"),
        };

        using var sarif = RunSarif(folder, environment);

        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var cf0003 = rules.Single(r => r.GetProperty("id").GetString() == "CF0003");
        Assert.Equal(new Uri(page).AbsoluteUri, cf0003.GetProperty("helpUri").GetString());
        Assert.False(cf0003.GetProperty("properties").TryGetProperty("helpPath", out _));
        var cf0001 = rules.Single(r => r.GetProperty("id").GetString() == "CF0001");
        Assert.False(cf0001.TryGetProperty("helpUri", out _));
        Assert.Equal("docs/rules/CF0001.md", cf0001.GetProperty("properties").GetProperty("helpPath").GetString());
    }

    [Fact]
    public void Rule_titles_follow_the_chosen_language()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        using var sarif = RunSarif(folder, null, "--language", "kk");

        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var cf0001 = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CF0001");
        Assert.Equal(RuleCatalog.Find("CF0001")!.Title(Language.Kk), cf0001.GetProperty("shortDescription").GetProperty("text").GetString());
    }
}
