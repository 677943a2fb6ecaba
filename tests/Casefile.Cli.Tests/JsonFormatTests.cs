using System.Text.Json;
using Casefile.Localization;

namespace Casefile.Cli.Tests;

public sealed class JsonFormatTests
{
    [Fact]
    public void The_report_has_the_documented_shape()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);
        folder.Write("b.case.md", Samples.AsCase(Samples.UnknownKeyOnEvidence, 2));
        folder.Write("c.case.md", Samples.AsCase(Samples.Clean, 3));

        var result = Cli.Run(folder.Path, "check", ".", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["a.case.md", "b.case.md", "c.case.md"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Empty(files[2].GetProperty("diagnostics").EnumerateArray());

        var error = files[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CF0003");
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("paragraph").ValueKind);
        Assert.Equal(Expected.Message(Samples.WrongStage, "CF0003", Language.En), error.GetProperty("message").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal(10, error.GetProperty("column").GetInt32());
        Assert.Equal(4, error.GetProperty("endLine").GetInt32());
        Assert.Equal(15, error.GetProperty("endColumn").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("entity").ValueKind);
        Assert.EndsWith("docs/rules/CF0003.md", error.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, error.GetProperty("related").ValueKind);

        var warning = files[1].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CF0002");
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("E-1", warning.GetProperty("entity").GetString());

        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("files").GetInt32());
        Assert.True(summary.GetProperty("errors").GetInt32() >= 1);
        Assert.True(summary.GetProperty("warnings").GetInt32() >= 1);
        Assert.Equal(0, summary.GetProperty("suppressed").GetInt32());

        // The summary line goes to stderr so that stdout stays pure JSON.
        Assert.StartsWith("3 files, ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyrillic_is_written_unescaped()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        folder.Write("a.case.md", Samples.WrongStage);

        var result = Cli.Run(folder.Path, "check", "a.case.md", "--format", "json", "--language", "ru");

        var message = Expected.Message(Samples.WrongStage, "CF0003", Language.Ru);
        Assert.Contains(message, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u04", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  \"version\": 1", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_locations_are_listed()
    {
        using var folder = new TempFolder();
        folder.WriteConfig();
        var text = Samples.Clean + "### P-1 Again\n- role: witness\n";
        folder.Write("a.case.md", text);

        var result = Cli.Run(folder.Path, "check", "a.case.md", "--format", "json");

        using var document = JsonDocument.Parse(result.Stdout);
        var diagnostics = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray();
        var duplicate = diagnostics.Single(d => d.GetProperty("code").GetString() == "CF0005");
        var related = duplicate.GetProperty("related").EnumerateArray().ToList();
        Assert.NotEmpty(related);
        Assert.Equal("a.case.md", related[0].GetProperty("path").GetString());
        Assert.Equal(5, related[0].GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrEmpty(related[0].GetProperty("message").GetString()));
    }
}
