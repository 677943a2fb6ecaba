using System.Text;
using Casefile.Fuzz;
using Casefile.Fuzz.Oracles;
using SharpFuzz;

// One input per AFL++ execution, read as the CLI reads a file (UTF-8, invalid bytes as U+FFFD),
// through the same oracles as the random fuzzer with fewer positions; a broken oracle throws,
// which AFL++ records as a crash. Run by tests/fuzz/afl.sh.
var options = new CheckOptions { RandomPositions = 3, InterestingPositions = 3, FixedDiagnostics = 3, AppliedFixes = 1, LineEndsEvery = 4 };
var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    var text = decoder.GetString(memory.GetBuffer(), 0, (int)memory.Length);
    Checks.Run(FuzzInput.Single(text, "afl"), options);
});
