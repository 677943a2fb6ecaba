using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Workspace;

namespace Casefile.Cli.Tests.Workspace;

public sealed class CasefileJsonTests
{
    [Fact]
    public void Reads_the_nested_form()
    {
        var config = CasefileJson.Parse("""{ "language": "kk", "rules": { "CF1504": "warning", "CF0401": "off" } }""");

        Assert.Empty(config.Problems);
        Assert.Equal(Language.Kk, config.Language);
        Assert.Equal(new RuleLevel(Severity.Warning), config.Levels["CF1504"]);
        Assert.True(config.Levels["CF0401"].IsOff);
    }

    [Fact]
    public void Reads_the_flat_form_of_the_contract()
    {
        var config = CasefileJson.Parse("""{ "language": "ru", "CF1504": "warning", "cf0002": "error" }""");

        Assert.Empty(config.Problems);
        Assert.Equal(Language.Ru, config.Language);
        Assert.Equal(Severity.Warning, config.Levels["CF1504"].Severity);
        Assert.Equal(Severity.Error, config.Levels["CF0002"].Severity);
    }

    [Fact]
    public void Allows_comments_trailing_commas_and_a_bom()
    {
        var config = CasefileJson.Parse("\uFEFF{\n  // the team's choice\n  \"rules\": { \"CF0401\": \"off\", },\n  /* flat */ \"CF1504\": \"hint\",\n}\n");

        Assert.Empty(config.Problems);
        Assert.True(config.Levels["CF0401"].IsOff);
        Assert.Equal(Severity.Hint, config.Levels["CF1504"].Severity);
    }

    [Fact]
    public void Gives_rule_settings()
    {
        var settings = CasefileJson.Parse("""{ "language": "en", "rules": { "CF0002": "error" } }""").ToSettings();

        Assert.Equal(Language.En, settings.Language);
        Assert.Equal(Severity.Error, settings.LevelOf("CF0002")?.Severity);
        Assert.Equal(Severity.Error, settings.LevelOf("cf0002")?.Severity);
        Assert.Null(settings.LevelOf("CF0003"));
    }

    [Fact]
    public void Bad_json_is_a_problem_with_a_position_not_an_exception()
    {
        var config = CasefileJson.Parse("{\n  \"language\": \"kk\"\n  \"rules\": {}\n}");

        var problem = Assert.Single(config.Problems);
        Assert.StartsWith("Invalid JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
        Assert.Equal(3, problem.Column);
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_level_word_is_a_problem_at_the_value()
    {
        var config = CasefileJson.Parse("{\n  \"rules\": {\n    \"CF1504\": \"loud\",\n    \"CF0401\": \"off\"\n  }\n}");

        var problem = Assert.Single(config.Problems);
        Assert.Contains("'loud'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("CF1504", problem.Message, StringComparison.Ordinal);
        Assert.Equal((3, 15), (problem.Line, problem.Column));
        Assert.Equal("3:15: " + problem.Message, problem.ToString());

        // The valid parts still apply.
        Assert.True(config.Levels["CF0401"].IsOff);
        Assert.False(config.Levels.ContainsKey("CF1504"));
    }

    [Fact]
    public void A_key_that_is_no_code_is_a_problem()
    {
        var config = CasefileJson.Parse("""{ "rules": { "unknown-key": "off" }, "colour": "red" }""");

        Assert.Equal(2, config.Problems.Count);
        Assert.Contains("'unknown-key' is not a diagnostic code", config.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown setting 'colour'", config.Problems[1].Message, StringComparison.Ordinal);
        Assert.All(config.Problems, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public void A_well_formed_code_unknown_to_this_version_is_accepted()
    {
        var config = CasefileJson.Parse("""{ "CF9999": "off" }""");

        Assert.Empty(config.Problems);
        Assert.True(config.Levels["CF9999"].IsOff);
    }

    [Theory]
    [InlineData("""{ "CF1504": 2 }""", "a number")]
    [InlineData("""{ "rules": { "CF1504": true } }""", "a boolean")]
    [InlineData("""{ "rules": { "CF1504": { "level": "off" } } }""", "an object")]
    [InlineData("""{ "language": null }""", "null")]
    [InlineData("""{ "rules": [ "CF1504" ] }""", "an array")]
    public void Non_string_values_are_problems(string json, string described)
    {
        var config = CasefileJson.Parse(json);

        var problem = Assert.Single(config.Problems);
        Assert.Contains(described, problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[1, 2]")]
    [InlineData("\"kk\"")]
    [InlineData("{ \"language\": \"kk\" } trailing")]
    [InlineData("{ \"language\": ")]
    public void Malformed_documents_are_problems(string json)
    {
        var config = CasefileJson.Parse(json);

        Assert.NotEmpty(config.Problems);
    }

    [Theory]
    [InlineData("""{ "rul\udc00es": { "CF1504": "warning" } }""", "Unknown setting 'rul\\udc00es'")]
    [InlineData("""{ "rules": { "\ud800CF1504": "warning" } }""", "'\\ud800CF1504' is not a diagnostic code")]
    [InlineData("""{ "language": "k\udc00k" }""", "Unknown language 'k\\udc00k'")]
    [InlineData("""{ "CF1504": "warn\ud83ding" }""", "Unknown level 'warn\\ud83ding'")]
    public void An_escaped_lone_surrogate_is_a_problem_not_an_exception(string json, string problem)
    {
        var config = CasefileJson.Parse(json);
        Assert.Contains(config.Problems, p => p.Message.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_language_is_a_problem()
    {
        var config = CasefileJson.Parse("""{ "language": "fr" }""");

        Assert.Null(config.Language);
        Assert.Contains("Unknown language 'fr'", Assert.Single(config.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_utf16_units_after_non_ascii_text()
    {
        // "тіл" takes 6 bytes but 3 columns; the bad level starts at column 31.
        var config = CasefileJson.Parse("{ \"$schema\": \"тіл\", \"CF0002\": \"громко\" }");

        var problem = Assert.Single(config.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal(31, problem.Column);
    }
}
