using System.Text;
using Casefile.Generator;

namespace Casefile.Fuzz.Sources;

/// <summary>
/// The texts mutations start from: every <c>*.case.md</c> of <c>examples/</c> and
/// <c>tests/cases/</c> (in path order, so that a seed picks the same file on every machine), the
/// folders among them that hold several files (cases split over files), and a few outputs of
/// <c>tests/Casefile.Generator</c>.
/// </summary>
public sealed class SeedCorpus
{
    private SeedCorpus(IReadOnlyList<FuzzFile> files, IReadOnlyList<IReadOnlyList<FuzzFile>> groups, IReadOnlyList<string> generated)
    {
        Files = files;
        Groups = groups;
        Generated = generated;
    }

    /// <summary>Every case file of the repository, its path relative to the repository.</summary>
    public IReadOnlyList<FuzzFile> Files { get; }

    /// <summary>Folders with two or more case files.</summary>
    public IReadOnlyList<IReadOnlyList<FuzzFile>> Groups { get; }

    public IReadOnlyList<string> Generated { get; }

    public static SeedCorpus Load(string repositoryRoot)
    {
        var files = new List<FuzzFile>();
        foreach (var folder in new[] { "examples", Path.Combine("tests", "cases") })
        {
            var root = Path.Combine(repositoryRoot, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(root, "*.case.md", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');
                files.Add(new FuzzFile(relative, Encoding.UTF8.GetString(File.ReadAllBytes(path))));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var groups = files
            .GroupBy(f => Path.GetDirectoryName(f.Path) ?? string.Empty, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g => (IReadOnlyList<FuzzFile>)[.. g])
            .ToList();

        var generated = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            generated.Add(CaseFileGenerator.Generate(new GeneratorOptions(EvidenceCount: 2 + (i * 7), Seed: 100 + i, ViolationRate: i * 0.15)).Text);
        }

        return new SeedCorpus(files, groups, generated);
    }

    /// <summary>The folder that holds Casefile.sln, above <paramref name="start"/>.</summary>
    public static string FindRepositoryRoot(string? start = null)
    {
        for (var directory = new DirectoryInfo(start ?? AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Casefile.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Casefile.sln above {start ?? AppContext.BaseDirectory}.");
    }
}
