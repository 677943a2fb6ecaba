using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Workspace;

namespace Casefile.Cli.Tests.Workspace;

public sealed class SettingsResolverTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "virtual-workspace");

    private static string At(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>An in-memory file system that counts reads.</summary>
    private sealed class Files
    {
        public Dictionary<string, string> Content { get; } = [];

        public List<string> Reads { get; } = [];

        public string? Read(string path)
        {
            Reads.Add(path);
            return Content.GetValueOrDefault(path);
        }
    }

    [Fact]
    public void Without_any_casefile_json_the_settings_are_the_default()
    {
        var files = new Files();
        var resolver = new SettingsResolver(Root, files.Read);

        var resolved = resolver.Resolve(At("cases", "a.case.md"));

        Assert.Null(resolved.ConfigPath);
        Assert.Same(RuleSettings.Default, resolved.Settings);
        Assert.Equal([At("cases", "casefile.json"), At("casefile.json")], files.Reads);
    }

    [Fact]
    public void The_nearest_file_wins_without_merging()
    {
        var files = new Files();
        files.Content[At("casefile.json")] = """{ "language": "kk", "rules": { "CF0401": "off", "CF0002": "error" } }""";
        files.Content[At("cases", "casefile.json")] = """{ "CF0002": "hint" }""";
        var resolver = new SettingsResolver(Root, files.Read);

        var inner = resolver.Resolve(At("cases", "deep", "a.case.md"));
        var outer = resolver.Resolve(At("other", "b.case.md"));

        Assert.Equal(At("cases", "casefile.json"), inner.ConfigPath);
        Assert.Equal(Severity.Hint, inner.Settings.LevelOf("CF0002")?.Severity);
        Assert.Null(inner.Settings.LevelOf("CF0401"));
        Assert.Null(inner.Settings.Language);

        Assert.Equal(At("casefile.json"), outer.ConfigPath);
        Assert.Equal(Language.Kk, outer.Settings.Language);
        Assert.True(outer.Settings.LevelOf("CF0401")?.IsOff);
    }

    [Fact]
    public void The_search_stops_at_the_root()
    {
        var files = new Files();
        files.Content[Path.Combine(Path.GetTempPath(), "casefile.json")] = """{ "language": "ru" }""";
        var resolver = new SettingsResolver(Root, files.Read);

        var resolved = resolver.Resolve(At("a.case.md"));

        Assert.Null(resolved.ConfigPath);
        Assert.Equal([At("casefile.json")], files.Reads);
    }

    [Fact]
    public void A_file_outside_the_root_searches_all_its_parents()
    {
        var files = new Files();
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere");
        files.Content[Path.Combine(elsewhere, "casefile.json")] = """{ "language": "ru" }""";
        var resolver = new SettingsResolver(Root, files.Read);

        var resolved = resolver.Resolve(Path.Combine(elsewhere, "x", "a.case.md"));

        Assert.Equal(Language.Ru, resolved.Settings.Language);
    }

    [Fact]
    public void Parsed_files_are_cached_until_invalidated()
    {
        var files = new Files();
        var config = At("casefile.json");
        files.Content[config] = """{ "language": "kk" }""";
        var resolver = new SettingsResolver(Root, files.Read);

        resolver.Resolve(At("a.case.md"));
        resolver.Resolve(At("b.case.md"));
        Assert.Single(files.Reads, config);

        files.Content[config] = """{ "language": "ru" }""";
        Assert.Equal(Language.Kk, resolver.SettingsFor(At("a.case.md")).Language);

        resolver.Invalidate(config);
        Assert.Equal(Language.Ru, resolver.SettingsFor(At("a.case.md")).Language);

        files.Content.Remove(config);
        resolver.Clear();
        Assert.Null(resolver.SettingsFor(At("a.case.md")).Language);
    }

    [Fact]
    public void A_broken_nearest_file_still_wins_and_keeps_its_problems()
    {
        var files = new Files();
        files.Content[At("casefile.json")] = """{ "language": "kk" }""";
        files.Content[At("cases", "casefile.json")] = """{ "CF0002": "loud", "CF0401": "off" }""";
        var resolver = new SettingsResolver(Root, files.Read);

        var resolved = resolver.Resolve(At("cases", "a.case.md"));

        Assert.Equal(At("cases", "casefile.json"), resolved.ConfigPath);
        Assert.True(resolved.Config!.HasProblems);
        Assert.True(resolved.Settings.LevelOf("CF0401")?.IsOff);
        Assert.Null(resolved.Settings.Language);
        var loaded = Assert.Single(resolver.LoadedFiles(), f => f.Config.HasProblems);
        Assert.Equal(At("cases", "casefile.json"), loaded.Path);
    }

    [Fact]
    public void A_read_failure_is_a_problem_not_an_exception()
    {
        var resolver = new SettingsResolver(Root, path => throw new IOException("disk on fire"));

        var resolved = resolver.Resolve(At("a.case.md"));

        Assert.NotNull(resolved.Config);
        Assert.Contains("disk on fire", Assert.Single(resolved.Config!.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_from_disk()
    {
        using var folder = new TempFolder();
        folder.Write("casefile.json", """{ "rules": { "CF0002": "error" } }""");
        folder.Write(Path.Combine("sub", "casefile.json"), """{ "language": "ru" }""");
        var resolver = SettingsResolver.ForFileSystem(folder.Path);

        Assert.Equal(Severity.Error, resolver.SettingsFor(Path.Combine(folder.Path, "a.case.md")).LevelOf("CF0002")?.Severity);
        Assert.Equal(Language.Ru, resolver.SettingsFor(Path.Combine(folder.Path, "sub", "b.case.md")).Language);
    }
}
