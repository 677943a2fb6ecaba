using Casefile.Fuzz.Engine;
using Casefile.Fuzz.Sources;

namespace Casefile.Fuzz.Tests;

/// <summary>The repository, its seed corpus and the regressions folder, loaded once for every test.</summary>
public static class FuzzFixture
{
    public static string Root { get; } = SeedCorpus.FindRepositoryRoot();

    public static SeedCorpus Corpus => LazyCorpus.Value;

    public static string RegressionsFolder => Regressions.DefaultFolder(Root);

    private static readonly Lazy<SeedCorpus> LazyCorpus = new(() => SeedCorpus.Load(Root));
}
