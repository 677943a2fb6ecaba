using Casefile.Syntax;

namespace Casefile.Tests.Syntax;

public sealed class CaseFileParserTests
{
    private static CaseFileSyntax Parse(string text) => CaseFileParser.Parse("test.case.md", text);

    private static string At(CaseFileSyntax syntax, TextSpan span) => $"{syntax.Text.GetRange(span)} {syntax.Text[span]}";

    [Fact]
    public void The_first_level_1_heading_is_the_case_and_its_list_holds_case_keys()
    {
        var syntax = Parse("# Criminal case 1\n- case: 245100031000123\n- procedure: general\n\n# A later level-1 heading is a section\n- case: 999\n");
        Assert.Equal("Criminal case 1", syntax.CaseHeading!.Content);
        Assert.Equal(["case", "procedure"], syntax.CaseAttributes.Select(a => a.Key));
        Assert.Equal("A later level-1 heading is a section", Assert.Single(syntax.SectionHeadings).Content);
    }

    [Fact]
    public void Entities_are_headings_of_level_2_to_4_starting_with_an_id()
    {
        var syntax = Parse("# Case\n## P-1 Bekov Bolat\n### E-2 Interrogation\n#### C-3\n##### M-4 too deep\n## Persons\n");
        Assert.Equal(["P-1", "E-2", "C-3"], syntax.Entities.Select(e => e.Id.ToString()));
        Assert.Equal("Bekov Bolat", syntax.Entities[0].Title);
        Assert.Equal("", syntax.Entities[2].Title);
        Assert.Equal("2:4-2:7 P-1", At(syntax, syntax.Entities[0].IdSpan));
        Assert.Equal("2:8-2:19 Bekov Bolat", At(syntax, syntax.Entities[0].TitleSpan));
    }

    [Fact]
    public void Setext_headings_and_closing_hashes_count()
    {
        var syntax = Parse("Criminal case 7\n===\n\nP-1 Bekov\n---\n- role: suspect\n\n### E-1 Search ###\n- kind: protocol\n");
        Assert.Equal("Criminal case 7", syntax.CaseHeading!.Content);
        Assert.Equal("Bekov", syntax.Entities[0].Title);
        Assert.Equal("role", syntax.Entities[0].Attributes[0].Key);
        Assert.Equal("Search", syntax.Entities[1].Title);
    }

    [Fact]
    public void Blank_lines_may_stand_between_a_heading_and_its_list_and_bullets_mix()
    {
        var syntax = Parse("# Case\n\n### P-1 Bekov\n\n\n* role: suspect\n+ lawyer: P-3\n- interested: no\n");
        Assert.Equal(["role", "lawyer", "interested"], syntax.Entities[0].Attributes.Select(a => a.Key));
    }

    [Fact]
    public void A_paragraph_before_the_list_makes_the_list_body()
    {
        var syntax = Parse("# Case\n### E-1 Search\nThe search took place at night.\n\n- kind: protocol\n");
        Assert.Empty(syntax.Entities[0].Attributes);
    }

    [Fact]
    public void Lists_after_the_attribute_list_are_body()
    {
        var syntax = Parse("# Case\n### E-1 Search\n- kind: protocol\n\nFound:\n\n- date: a knife\n");
        Assert.Equal(["kind"], syntax.Entities[0].Attributes.Select(a => a.Key));
    }

    [Fact]
    public void Items_that_are_not_key_value_are_prose()
    {
        var syntax = Parse("# Case\n### E-1 Search\n- kind: protocol\n- a remark without a colon\n- 23:10 the suspect arrived\n- six words is too many for: a key\n");
        Assert.Equal(["kind"], syntax.Entities[0].Attributes.Select(a => a.Key));
    }

    [Fact]
    public void Keys_of_several_words_are_read_and_only_known_ones_count()
    {
        var file = Casefile.Model.ModelBuilder.Build(Parse("# Дело\n### E-1 Допрос\n- вид: показания\n- права разъяснены: нет\n- Беков пояснил: что ничего не видел\n"));
        var evidence = Assert.Single(file.Evidence);
        Assert.False(evidence.Attributes.YesNo("rights-explained"));
        Assert.Empty(evidence.Attributes.Unknown);
    }

    [Fact]
    public void Lazy_continuation_lines_join_the_value_and_keep_their_positions()
    {
        var syntax = Parse("# Case\n### E-1 Search\n- exclusion-ground: the search was\nconducted without attesting witnesses\n- kind: protocol\n");
        var attribute = syntax.Entities[0].Attributes[0];
        Assert.Equal("the search was conducted without attesting witnesses", attribute.Value);
        Assert.Equal("3:21-4:38", syntax.Text.GetRange(attribute.ValueSpan).ToString());
        Assert.Equal("protocol", syntax.Entities[0].Attributes[1].Value);
    }

    [Fact]
    public void A_trailing_parenthesised_comment_is_split_off()
    {
        var syntax = Parse("# Case\n### E-1 Search\n- place: office (room 305)\n- interruption: 2024-04-01 .. 2024-04-10 (expertise)\n- conclusion: blood (group II) was found\n- place2: (only a comment)\n");
        var attributes = syntax.Entities[0].Attributes;
        Assert.Equal("office", attributes[0].Value);
        Assert.Equal("room 305", attributes[0].Comment!.Text);
        Assert.Equal("3:18-3:26 room 305", At(syntax, attributes[0].Comment!.Span));
        Assert.Equal("expertise", attributes[1].Comment!.Text);
        Assert.Equal("blood (group II) was found", attributes[2].Value);
        Assert.Null(attributes[2].Comment);
        Assert.Equal("", attributes[3].Value);
        Assert.Equal("only a comment", attributes[3].Comment!.Text);
    }

    [Fact]
    public void List_values_split_on_commas_with_exact_item_ranges()
    {
        var syntax = Parse("# Case\n### E-1 Search\n- attesting-witnesses: P-4,  P-5 , ,P-6\n");
        var items = syntax.Entities[0].Attributes[0].ListItems();
        Assert.Equal(["3:24-3:27 P-4", "3:30-3:33 P-5", "3:37-3:40 P-6"], items.Select(i => At(syntax, i.Span)));
    }

    [Fact]
    public void An_empty_value_has_an_empty_span_after_the_colon()
    {
        var syntax = Parse("# Case\n### E-1 Search\n- kind:\n- date:   \n");
        var kind = syntax.Entities[0].Attributes[0];
        Assert.True(kind.IsEmpty);
        Assert.Equal(0, kind.ValueSpan.Length);
        Assert.True(syntax.Entities[0].Attributes[1].IsEmpty);
    }

    [Fact]
    public void Keys_may_be_written_in_any_case_and_alphabet()
    {
        var syntax = Parse("# Іс\n### P-1 Бекұлы\n- Рөлі: күдікті\n- РОЛЬ: подозреваемый\n");
        Assert.Equal(["Рөлі", "РОЛЬ"], syntax.Entities[0].Attributes.Select(a => a.Key));
    }

    [Fact]
    public void Columns_are_utf16_code_units_and_crlf_is_a_line_end()
    {
        var syntax = Parse("# Case\r\n### P-1 👮 Bekov\r\n- role: suspect\r\n");
        var entity = syntax.Entities[0];
        Assert.Equal("2:12-2:17 Bekov", At(syntax, TextSpan.FromBounds(entity.TitleSpan.End - 5, entity.TitleSpan.End)));
        Assert.Equal("3:9-3:16 suspect", At(syntax, entity.Attributes[0].ValueSpan));
    }

    [Fact]
    public void Lone_carriage_returns_end_lines_too()
    {
        var syntax = Parse("# Case\r### P-1 Bekov\r- role: suspect\r");
        Assert.Equal("3:9-3:16 suspect", At(syntax, syntax.Entities[0].Attributes[0].ValueSpan));
    }

    [Fact]
    public void An_entity_body_runs_to_the_next_entity_or_a_heading_of_the_same_or_higher_level()
    {
        var text = "# Case\n## E-1 Search\n- kind: protocol\n### Details\ntext\n## Evidence\n### E-2 Seizure\n";
        var syntax = Parse(text);
        var body = syntax.Text[syntax.Entities[0].FullSpan];
        Assert.Contains("### Details", body);
        Assert.DoesNotContain("## Evidence", body);
    }

    [Fact]
    public void Suppressions_apply_to_the_next_heading_or_attribute_and_may_stack()
    {
        var syntax = Parse("# Case\n<!-- casefile-ignore CF1504: urgent in fact -->\n<!-- casefile-ignore CF1505, CF0401: one break -->\n### E-1 Interrogation\n- kind: testimony\n<!--casefile-ignore CF0003:  the old register's word -->\n- place: corridor\n<!-- casefile-ignore CF0002 -->\n\nprose\n");
        var suppressions = syntax.Suppressions;
        Assert.Equal(4, suppressions.Count);
        Assert.Equal([3, 3, 6, -1], suppressions.Select(s => s.TargetLine));
        Assert.Equal(["CF1505", "CF0401"], suppressions[1].Codes.Select(c => c.Code));
        Assert.Equal("the old register's word", suppressions[2].Reason);
        Assert.False(suppressions[3].HasReason);
        Assert.Equal(["kind", "place"], syntax.Entities[0].Attributes.Select(a => a.Key));
    }

    [Fact]
    public void Suppressions_inside_code_blocks_are_text()
    {
        var syntax = Parse("# Case\n```\n<!-- casefile-ignore CF1504: example -->\n```\n");
        Assert.Empty(syntax.Suppressions);
    }

    [Theory]
    [InlineData("### P-01 Bekov", "P-01", MalformedHeadingReason.MalformedId)]
    [InlineData("### p-1 Bekov", "p-1", MalformedHeadingReason.MalformedId)]
    [InlineData("### P-0", "P-0", MalformedHeadingReason.MalformedId)]
    [InlineData("### X-1 Unknown prefix", "X-1", MalformedHeadingReason.MalformedId)]
    [InlineData("### P-1: Bekov", "P-1:", MalformedHeadingReason.MalformedId)]
    [InlineData("##### E-5 Too deep", "E-5", MalformedHeadingReason.WrongLevel)]
    public void Headings_that_look_like_entities_but_are_not_are_reported(string heading, string id, MalformedHeadingReason reason)
    {
        var syntax = Parse($"# Case\n{heading}\n");
        Assert.Empty(syntax.Entities);
        var malformed = Assert.Single(syntax.MalformedEntityHeadings);
        Assert.Equal(id, malformed.WrittenId);
        Assert.Equal(reason, malformed.Reason);
    }

    [Fact]
    public void A_heading_of_10000_hashes_is_a_paragraph()
    {
        var syntax = Parse("# Case\n" + new string('#', 10_000) + " P-1\n");
        Assert.Empty(syntax.Entities);
        Assert.Empty(syntax.MalformedEntityHeadings);
    }
}
