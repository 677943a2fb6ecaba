using System.Text;
using Casefile.Generator;
using Casefile.Localization;

namespace Casefile.Fuzz.Sources;

/// <summary>
/// Makes the input of one seed: random format-shaped text, a mutated file of the seed corpus or
/// of the generator, a mutated case split over files, raw noise, or a text full of oddities.
/// A seed always makes the same input (for the same corpus).
/// </summary>
public sealed class InputSource(SeedCorpus corpus)
{
    private const string Folder = "/fuzz/case";

    private static readonly string NoiseAlphabet = "# -:*+>`~|()[],.0123456789PECMA\n\n\n\r\t <!->=_" + "ауеРЕСМАіәқ" + "x";

    public FuzzInput Next(int seed)
    {
        var random = new Random(seed);
        var strategy = random.Next(100);
        var (files, origin) = strategy switch
        {
            < 22 => (RandomFiles(random, 1), "random"),
            < 32 => (RandomFiles(random, random.Next(2, 4)), "random-group"),
            < 60 => (MutatedCorpusFile(random), "mutated-corpus"),
            < 70 => (MutatedCorpusGroup(random), "mutated-corpus-group"),
            < 80 => (MutatedGenerated(random), "mutated-generated"),
            < 88 => (RandomFiles(random, 1, oddities: true), "oddities"),
            < 95 => ([new FuzzFile(Folder + "/noise.case.md", Noise(random))], "noise"),
            _ => (MutatedCorpusFile(random, splice: true), "spliced-corpus"),
        };
        var input = new FuzzInput(files, random.Next(), Settings(random)) { Origin = origin };
        return random.Next(10) == 0 ? input with { Config = Config(random), Origin = origin + "+config" } : input;
    }

    private static readonly string[] ConfigSeeds =
    [
        "{ \"language\": \"ru\", \"rules\": { \"CF1504\": \"warning\", \"CF0401\": \"off\" } }",
        "{\n  // comment\n  \"language\": \"kk\",\n  \"CF1001\": \"hint\",\n  \"rules\": { \"cf0002\": \"error\", },\n}\n",
        "{ \"language\": \"en\", \"rules\": { \"CF9999\": \"warning\", \"CF0003\": \"loud\", \"CF0004\": 3 } }",
        "\uFEFF{ \"rules\": { \"CF1504\": \"off\" } } trailing",
    ];

    private static readonly string[] ConfigTokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "//", "/*", "*/", "\"language\"", "\"rules\"", "\"CF1504\"", "\"cf0002\"", "\"warning\"", "\"off\"",
        "\"kk\"", "null", "true", "1e999", "-0", "\\ud800", "\\udc00", "\\u0000", "\\ud83d\\udc6e", "\\", "\n", "\r", "\uD800", "\u00FF",
    ];

    /// <summary>A casefile.json: a sound one, or one mutated with JSON's own tokens, escapes of lone surrogates among them.</summary>
    private string Config(Random random)
    {
        var text = ConfigSeeds[random.Next(ConfigSeeds.Length)];
        var rounds = random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            text = random.Next(3) == 0
                ? new Mutator(random, () => ConfigSeeds[random.Next(ConfigSeeds.Length)]).MutateOnce(text)
                : text.Insert(random.Next(text.Length + 1), ConfigTokens[random.Next(ConfigTokens.Length)]);
        }

        return text;
    }

    private static FuzzSettings Settings(Random random)
    {
        if (random.Next(4) != 0)
        {
            return FuzzSettings.Default;
        }

        var levels = Enumerable.Range(0, random.Next(1, 6))
            .Select(_ => (FormatVocabulary.Codes[random.Next(FormatVocabulary.Codes.Count)], new[] { "off", "warning", "error", "hint", "information", "bogus" }[random.Next(6)]))
            .ToList();
        Language? language = random.Next(4) switch { 0 => Language.Kk, 1 => Language.Ru, 2 => Language.En, _ => null };
        return new FuzzSettings(levels, language);
    }

    private static List<FuzzFile> RandomFiles(Random random, int count, bool oddities = false)
    {
        var generator = new RandomCaseText(random);
        var caseNumber = random.Next(1, 1000);
        var files = new List<FuzzFile>();
        for (var i = 0; i < count; i++)
        {
            var text = generator.Next(caseNumber, maxEntities: count > 1 ? 8 : 16);
            if (oddities)
            {
                text = Oddities.Sprinkle(text, random, 1 + random.Next(Math.Max(1, text.Length / 20)));
            }

            files.Add(new FuzzFile($"{Folder}/{(char)('a' + i)}.case.md", text));
        }

        return files;
    }

    private List<FuzzFile> MutatedCorpusFile(Random random, bool splice = false)
    {
        var source = corpus.Files[random.Next(corpus.Files.Count)];
        var mutator = new Mutator(random, () => AnyCorpusText(random));
        var text = splice
            ? mutator.Mutate(source.Text + AnyCorpusText(random), 1 + random.Next(3))
            : mutator.Mutate(source.Text, 1 + random.Next(random.Next(2) == 0 ? 3 : 12));
        return [new FuzzFile(Folder + "/" + Path.GetFileName(source.Path), text)];
    }

    private List<FuzzFile> MutatedCorpusGroup(Random random)
    {
        var group = corpus.Groups[random.Next(corpus.Groups.Count)];
        var mutator = new Mutator(random, () => AnyCorpusText(random));
        var files = new List<FuzzFile>();
        foreach (var file in group.Take(3))
        {
            // Not every file is mutated: a case is often one broken file beside a sound one.
            var text = random.Next(3) == 0 ? file.Text : mutator.Mutate(file.Text, 1 + random.Next(6));
            files.Add(new FuzzFile(Folder + "/" + Path.GetFileName(file.Path), text));
        }

        return files;
    }

    private List<FuzzFile> MutatedGenerated(Random random)
    {
        var count = random.Next(1, 4);
        var files = new List<FuzzFile>();
        var caseNumber = "2451000" + random.Next(10_000, 99_999);
        var mutator = new Mutator(random, () => AnyCorpusText(random));
        for (var i = 0; i < count; i++)
        {
            var options = new GeneratorOptions(EvidenceCount: random.Next(1, 25), Seed: random.Next(), ViolationRate: random.NextDouble(), CaseNumber: caseNumber);
            var text = CaseFileGenerator.Generate(options).Text;
            if (random.Next(4) != 0)
            {
                text = mutator.Mutate(text, 1 + random.Next(8));
            }

            files.Add(new FuzzFile($"{Folder}/volume-{i + 1}.case.md", text));
        }

        return files;
    }

    private string AnyCorpusText(Random random) => random.Next(4) == 0
        ? corpus.Generated[random.Next(corpus.Generated.Count)]
        : corpus.Files[random.Next(corpus.Files.Count)].Text;

    private static string Noise(Random random)
    {
        var length = random.Next(random.Next(4) == 0 ? 20_000 : 2_000);
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            builder.Append(random.Next(10) == 0 ? Oddities.Pick(random) : NoiseAlphabet[random.Next(NoiseAlphabet.Length)].ToString());
        }

        return builder.ToString();
    }
}
