using System.Globalization;
using Casefile.Fuzz;
using Casefile.Fuzz.Engine;
using Casefile.Fuzz.Oracles;
using Casefile.Fuzz.Sources;

// The long run of the fuzzer, and the tools around it:
//   dotnet run -c Release --project tests/Casefile.Fuzz -- --minutes 30 --seed 42
//   dotnet run -c Release --project tests/Casefile.Fuzz -- --input-seed 123456789 [--print]
//   dotnet run -c Release --project tests/Casefile.Fuzz -- --replay tests/fuzz/regressions
const string Usage = """
    Casefile fuzzer: random and mutated case files through the parser, the rules and every entry point the server calls.

      --minutes M | --seconds S   run this long (default: 1 minute)
      --inputs N                  or stop after N inputs
      --seed S                    the run's seed (default 1); input i is made from (S, i)
      --from I                    start at input I of the run
      --out DIR                   where failing inputs are saved (default tests/fuzz/regressions)
      --no-save, --no-minimize    do not save, do not shrink failing inputs
      --scaling-every N           one input in N also gets a scaling check (default 40; 0: none)
      --input-seed X              check only the input of seed X (as printed with a failure); --print shows it
      --replay PATH               check the regression files (or one file) at PATH
      --check FILE                check one file's bytes (as AFL++ found them, read as UTF-8) with every oracle; a failure is minimised and saved
      --afl-dictionary FILE       write the vocabulary's tokens as an AFL++ dictionary
      --profile-rules FILE [--length N]  the same for the model and each rule alone
      --profile FILE [--length N] [--factor F]  time each entry point on FILE's text repeated to N (default 25,000) and F×N chars (default 8; median of 3)
    Exit code: 0 nothing found, 1 failures found, 2 usage, 3 a thread stuck in a hang.
    """;

var arguments = new Queue<string>(args);
var options = new FuzzRunOptions { Duration = TimeSpan.FromMinutes(1) };
var root = SeedCorpus.FindRepositoryRoot(Directory.GetCurrentDirectory());
string? saveFolder = Regressions.DefaultFolder(root);
int? inputSeed = null;
string? replay = null;
string? profile = null;
string? check = null;
string? profileRules = null;
string? dictionary = null;
var profileLength = 25_000;
var profileFactor = Scaling.ConfirmFactor;
var print = false;

try
{
    while (arguments.Count > 0)
    {
        var argument = arguments.Dequeue();
        string Next() => arguments.Count > 0 ? arguments.Dequeue() : throw new ArgumentException($"{argument} needs a value");
        int NextInt() => int.Parse(Next(), CultureInfo.InvariantCulture);
        switch (argument)
        {
            case "--minutes":
                options = options with { Duration = TimeSpan.FromMinutes(double.Parse(Next(), CultureInfo.InvariantCulture)), MaxInputs = null };
                break;
            case "--seconds":
                options = options with { Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)), MaxInputs = null };
                break;
            case "--inputs":
                options = options with { MaxInputs = long.Parse(Next(), CultureInfo.InvariantCulture), Duration = null };
                break;
            case "--seed":
                options = options with { Seed = NextInt() };
                break;
            case "--from":
                options = options with { FirstIndex = long.Parse(Next(), CultureInfo.InvariantCulture) };
                break;
            case "--out":
                saveFolder = Path.GetFullPath(Next());
                break;
            case "--no-save":
                saveFolder = null;
                break;
            case "--no-minimize":
                options = options with { Minimize = false };
                break;
            case "--scaling-every":
                options = options with { ScalingEvery = NextInt() };
                break;
            case "--input-seed":
                inputSeed = NextInt();
                break;
            case "--profile":
                profile = Path.GetFullPath(Next());
                break;
            case "--profile-rules":
                profileRules = Path.GetFullPath(Next());
                break;
            case "--check":
                check = Path.GetFullPath(Next());
                break;
            case "--afl-dictionary":
                dictionary = Path.GetFullPath(Next());
                break;
            case "--factor":
                profileFactor = NextInt();
                break;
            case "--length":
                profileLength = NextInt();
                break;
            case "--print":
                print = true;
                break;
            case "--replay":
                replay = Path.GetFullPath(Next());
                break;
            case "-h" or "--help":
                Console.WriteLine(Usage);
                return 0;
            default:
                throw new ArgumentException($"unknown argument '{argument}'");
        }
    }
}
catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

if (profile is not null)
{
    var measure = Scaling.Measure(ReadUnit(profile), profileLength, profileFactor, profileFactor * 4.0, TimeSpan.FromMinutes(5), runs: 3);
    Console.WriteLine(measure is null ? "the pass throws: check the file with --replay" : measure.ToString());
    foreach (var step in measure?.Steps ?? [])
    {
        Console.WriteLine($"{step.Step,-26} {step.Small * 1000,9:0.0} ms {step.Large * 1000,9:0.0} ms  ×{step.Ratio:0.0}");
    }

    return measure is { IsSuperLinear: true } ? 1 : 0;
}

if (profileRules is not null)
{
    var unit = ReadUnit(profileRules);
    var repeats = Math.Max(10, profileLength / Math.Max(1, unit.Length));
    var small = Scaling.Build(unit, repeats).Files.Select(f => Casefile.Syntax.CaseFileParser.Parse(f.Path, f.Text)).ToList();
    var large = Scaling.Build(unit, repeats * Scaling.ConfirmFactor).Files.Select(f => Casefile.Syntax.CaseFileParser.Parse(f.Path, f.Text)).ToList();
    double Time(Action action)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            var start = CpuClock.ThreadSeconds();
            action();
            best = Math.Min(best, CpuClock.ThreadSeconds() - start);
        }

        return best;
    }

    var rows = new List<(string Name, double Small, double Large)>
    {
        ("ModelBuilder.Build", Time(() => Casefile.Model.ModelBuilder.Build(small)), Time(() => Casefile.Model.ModelBuilder.Build(large))),
        ("every rule", Time(() => Casefile.Analysis.Analyzer.Analyze(small)), Time(() => Casefile.Analysis.Analyzer.Analyze(large))),
    };
    foreach (var rule in Casefile.Analysis.RuleCatalog.All)
    {
        rows.Add((rule.Descriptor.Code, Time(() => Casefile.Analysis.Analyzer.Analyze(small, rules: [rule])), Time(() => Casefile.Analysis.Analyzer.Analyze(large, rules: [rule]))));
    }

    foreach (var (name, smallTime, largeTime) in rows.OrderByDescending(r => r.Large).Take(15))
    {
        Console.WriteLine($"{name,-26} {smallTime * 1000,9:0.0} ms {largeTime * 1000,9:0.0} ms  ×{largeTime / Math.Max(smallTime, 0.001):0.0}");
    }

    return 0;
}

if (dictionary is not null)
{
    // AFL++'s format: one "token" a line, bytes outside printable ASCII (and quotes, backslashes) as \xNN.
    var lines = FormatVocabulary.Tokens.Concat(["casefile-ignore", "<!--", "-->", "```", ": ", "..", "\n- ", "\n### ", "P-1", "E-1", "C-1", "2024-03-02 23:10", "02.03.2024"])
        .Distinct(StringComparer.Ordinal)
        .Select((token, index) => $"t{index}=\"{string.Concat(System.Text.Encoding.UTF8.GetBytes(token).Select(b => b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}"))}\"");
    File.WriteAllLines(dictionary, lines);
    Console.WriteLine($"{FormatVocabulary.Tokens.Count} tokens written to {dictionary}");
    return 0;
}

if (check is not null)
{
    var text = new System.Text.UTF8Encoding(false, false).GetString(File.ReadAllBytes(check));
    var input = FuzzInput.Single(text, "file " + Path.GetFileName(check));
    var regression = new Regression(Path.GetFileName(check), input, IsScaling: false, string.Empty);
    if (Replay.Check(regression) is not { } failure)
    {
        Console.WriteLine($"ok   {check}");
        return 0;
    }

    Console.WriteLine($"FAIL {check}\n{failure}");
    var signature = FailureSignature.Of(new FuzzFailure(failure.Split(':')[0], failure[(failure.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()));
    if (saveFolder is not null)
    {
        var minimizer = new Minimizer(
            candidate => Replay.Check(new Regression("candidate", candidate, false, string.Empty)) is { } again
                && FailureSignature.Of(new FuzzFailure(again.Split(':')[0], again[(again.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())) == signature,
            2000,
            TimeSpan.FromMinutes(2));
        var small = minimizer.Minimize(input);
        Console.WriteLine($"minimised {input.Length} → {small.Length} chars; saved to "
            + Regressions.Save(saveFolder, Regressions.NameFor(signature), small, isScaling: false, $"{signature}; found by AFL++ ({Path.GetFileName(check)})"));
    }

    return 1;
}

var corpus = SeedCorpus.Load(root);
Console.WriteLine($"seed corpus: {corpus.Files.Count} files, {corpus.Groups.Count} cases split over files, {corpus.Generated.Count} generated; {FormatVocabulary.Tokens.Count} tokens from the vocabulary");

if (replay is not null)
{
    var regressions = File.Exists(replay)
        ? Regressions.Load(Path.GetDirectoryName(replay)!).Where(r => replay.StartsWith(Path.Combine(Path.GetDirectoryName(replay)!, r.Name), StringComparison.Ordinal)).ToList()
        : Regressions.Load(replay);
    var failed = 0;
    foreach (var regression in regressions)
    {
        var outcome = Replay.Check(regression);
        Console.WriteLine($"{(outcome is null ? "ok  " : "FAIL")} {regression.Name}: {regression.Note}{(outcome is null ? string.Empty : "\n" + outcome)}");
        failed += outcome is null ? 0 : 1;
    }

    Console.WriteLine($"{regressions.Count} regressions, {failed} failing");
    return failed == 0 ? 0 : 1;
}

if (inputSeed is { } single)
{
    var input = new InputSource(corpus).Next(single);
    Console.WriteLine($"input seed {single}: {input.Origin}, {input.Files.Count} file(s), {input.Length} chars, settings {input.Settings}");
    if (print)
    {
        foreach (var file in input.Files)
        {
            Console.WriteLine($"===== {file.Path}");
            Console.WriteLine(file.Text);
        }
    }

    try
    {
        var report = Checks.Run(input);
        Console.WriteLine($"ok: {report.Diagnostics} diagnostics ({string.Join(' ', report.Codes.Order(StringComparer.Ordinal))})");
        return 0;
    }
    catch (Exception exception)
    {
        Console.WriteLine($"FAIL {FailureSignature.Of(exception)}\n{exception.Message}");
        if (saveFolder is not null)
        {
            Console.WriteLine("saved to " + Regressions.Save(saveFolder, Regressions.NameFor(FailureSignature.Of(exception)), input, isScaling: false, $"{FailureSignature.Of(exception)}; input seed {single}"));
        }

        return 1;
    }
}

// A run that died with the process (a stack overflow cannot be caught) left the seed of its input behind.
var currentInputFile = Path.Combine(root, "tests", "fuzz", ".current-input");
if (File.Exists(currentInputFile) && File.ReadAllText(currentInputFile).Trim() is { Length: > 0 } left)
{
    var parts = left.Split(' ');
    Console.WriteLine($"A previous run ended abnormally while checking input seed {parts[^1]} (run seed {parts[0]}, input {parts[1]}): check it with --input-seed {parts[^1]}.");
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C ends the run after the current input, with its summary; a second one kills it.
    e.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
};
options = options with { SaveFolder = saveFolder, CurrentInputFile = currentInputFile, Stop = stop.Token };
Console.WriteLine($"run seed {options.Seed} from input {options.FirstIndex}, {(options.Duration is { } d ? $"for {d.TotalMinutes:0.##} min" : $"{options.MaxInputs} inputs")}; failures saved to {saveFolder ?? "(not saved)"}");
var result = new FuzzRun(corpus, options, Console.WriteLine).Run();
if (!result.Stuck)
{
    File.Delete(currentInputFile);
}

Console.WriteLine(result.Summary());
foreach (var failure in result.Failures)
{
    Console.WriteLine();
    Console.WriteLine("FAILURE " + failure);
}

return result.Stuck ? 3 : result.Failures.Count > 0 ? 1 : 0;

// A unit as a regression file holds it: UTF-8, or raw UTF-16LE code units for a text with a lone surrogate.
static string ReadUnit(string path) => path.EndsWith(".utf16le", StringComparison.Ordinal)
    ? new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(File.ReadAllBytes(path)))
    : new System.Text.UTF8Encoding(false, false).GetString(File.ReadAllBytes(path));
