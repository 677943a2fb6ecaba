using Casefile.Navigation;
using Casefile.Syntax;

namespace Casefile.Tests.Navigation;

public sealed class IdOccurrencesTests
{
    private static EntityId Id(string text) => EntityId.TryParse(text, out var id) ? id : throw new ArgumentException(text);

    [Fact]
    public void An_id_is_found_as_definition_references_and_mentions_in_every_file_of_the_case()
    {
        var (persons, evidence) = NavigationSamples.TwoFiles();
        var found = IdOccurrences.Find(evidence.Model.Group, Id("P-1"))
            .Select(o => $"{o.Kind} {NavigationSamples.Describe(o.File, o.Span)}")
            .ToList();

        // The group orders its files by path: evidence.case.md before persons.case.md.
        Assert.Equal(
            [
                "Mention evidence.case.md:8:38 P-1",
                "Reference evidence.case.md:10:11 P-1",
                "Mention evidence.case.md:19:1 P-1",
                "Mention evidence.case.md:28:49 P-1",
                "Definition persons.case.md:6:5 P-1",
            ],
            found);
        Assert.Same(persons.Model.Group, evidence.Model.Group);
    }

    [Fact]
    public void Ids_in_prose_list_items_and_text_values_are_mentions_and_suppression_comments_hold_none()
    {
        var (_, evidence) = NavigationSamples.TwoFiles();
        var found = IdOccurrences.Find(evidence.Model.Group, Id("P-3"))
            .Select(o => $"{o.Kind} {NavigationSamples.Describe(o.File, o.Span)}")
            .ToList();
        Assert.Equal(
            [
                "Mention evidence.case.md:17:17 P-3",
                "Mention evidence.case.md:28:64 P-3",
                "Reference persons.case.md:8:11 P-3",
                "Definition persons.case.md:10:5 P-3",
            ],
            found);

        // "see P-7's report" stands inside the suppression comment: not an occurrence.
        Assert.DoesNotContain(IdOccurrences.Find(evidence.Model.Group, Id("P-7")), o => o.File == evidence.Model && o.Span.Start < evidence.Model.Text.Text.IndexOf("### E-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_id_of_a_file_is_listed_in_source_order_with_its_kind()
    {
        var (persons, _) = NavigationSamples.TwoFiles();
        var all = IdOccurrences.InFile(persons.Model).Select(o => $"{o.Kind} {o.Id}").ToList();
        Assert.Equal(["Definition P-1", "Reference P-3", "Definition P-3", "Definition P-7"], all);
    }

    [Theory]
    [InlineData("- person: P-1", 10, "P-1")]
    [InlineData("- person: P-1", 11, "P-1")]
    [InlineData("- person: P-1", 13, "P-1")]
    [InlineData("- person: P-1", 9, null)]
    [InlineData("- conducted-by: P-7", 16, "P-7")]
    public void At_finds_the_id_under_the_cursor_or_just_before_it(string line, int column, string? expected)
    {
        var (_, evidence) = NavigationSamples.TwoFiles();
        var text = evidence.Model.Text.Text;
        var offset = text.IndexOf(line, StringComparison.Ordinal) + column;
        Assert.Equal(expected, IdOccurrences.At(evidence.Model, offset)?.Id.ToString());
    }

    [Fact]
    public void A_reference_to_an_undefined_id_is_still_an_occurrence()
    {
        var files = NavigationSamples.Analyze(("/x/a.case.md", "# Case\n- case: 1\n\n### E-1 Item\n- kind: testimony\n- person: P-9\n\nP-9 is unknown.\n"));
        var found = IdOccurrences.Find(files[0].Model.Group, Id("P-9"));
        Assert.Equal([IdOccurrenceKind.Reference, IdOccurrenceKind.Mention], found.Select(o => o.Kind));
    }
}
