using Casefile.Fuzz.Engine;
using Casefile.Fuzz.Oracles;
using Casefile.Fuzz.Sources;

namespace Casefile.Fuzz.Tests;

/// <summary>The fuzzer's own parts: inputs made again from their seed, minimisation, regression files that keep every character, oracles that notice.</summary>
public sealed class EngineTests
{
    [Fact]
    public void An_input_is_made_again_from_its_seed()
    {
        var source = new InputSource(FuzzFixture.Corpus);
        for (var index = 0; index < 50; index++)
        {
            var seed = Seeds.ForInput(7, index);
            var first = source.Next(seed);
            var second = new InputSource(FuzzFixture.Corpus).Next(seed);
            Assert.Equal(first.Files.Select(f => (f.Path, f.Text)), second.Files.Select(f => (f.Path, f.Text)));
            Assert.Equal(first.PositionSeed, second.PositionSeed);
            Assert.Equal(first.Settings.ToString(), second.Settings.ToString());
        }
    }

    [Fact]
    public void Minimising_keeps_what_fails()
    {
        var input = FuzzInput.Single("# Case\n### E-1 Search\n- kind: protocol\nsome prose\n- proves: C-1\nmore prose\n");
        var minimizer = new Minimizer(i => i.Files[0].Text.Contains("kind: pro", StringComparison.Ordinal), 10_000, TimeSpan.FromSeconds(30));
        Assert.Equal("kind: pro", minimizer.Minimize(input).Files[0].Text);
    }

    [Fact]
    public void A_regression_file_keeps_every_code_unit()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casefile-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            var texts = new[] { "\uFEFF# Case\r\n\0\r- role: \uD800x", "# Case\n\uD83D\uDC6E ok\r" };
            for (var i = 0; i < texts.Length; i++)
            {
                Regressions.Save(folder, "sample-" + i, FuzzInput.Single(texts[i]) with { PositionSeed = 42 + i }, isScaling: false, "a note");
            }

            Regressions.Save(folder, "sample-2", FuzzInput.Single("- x: \uDC00\n"), isScaling: true, "a repeated unit");

            var loaded = Regressions.Load(folder);
            Assert.Equal([.. texts, "- x: \uDC00\n"], loaded.Select(r => r.Input.Files[0].Text));
            Assert.Equal([42, 43, 1], loaded.Select(r => r.Input.PositionSeed));
            Assert.Equal([false, false, true], loaded.Select(r => r.IsScaling));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Line_ends_are_rewritten_as_the_source_text_counts_them()
    {
        Assert.Equal("a\r\nb\r\nc\r\n\r\nd", Oddities.WithLineEnds("a\nb\r\nc\r\rd", "\r\n"));
    }

    [Fact]
    public void A_failure_is_named_by_the_entry_point_and_the_frame_that_threw()
    {
        var failure = new FuzzFailure("exception", "Hovers.At: IndexOutOfRangeException at Casefile.X.Y()\nstack");
        Assert.Equal(new FailureSignature("exception", "Hovers.At: IndexOutOfRangeException at Casefile.X.Y()"), FailureSignature.Of(failure));
    }

    [Fact]
    public void Linear_text_is_not_taken_for_a_blow_up()
    {
        var unit = "### E-1 Search\n- kind: protocol\n- proves: C-1\n\nprose P-1\n";
        Assert.NotNull(Scaling.Screen(unit, 12_500, TimeSpan.FromSeconds(60)));
        Assert.Null(Scaling.FindBlowUp(unit, 12_500, TimeSpan.FromSeconds(60)));
    }
}
