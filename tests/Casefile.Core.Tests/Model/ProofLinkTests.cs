using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Core.Tests.Model;

/// <summary>Which evidence a circumstance counts as its proof (hovers and code lenses show the count).</summary>
public sealed class ProofLinkTests
{
    private static Circumstance Circumstance(string id, params string[] texts)
    {
        var files = ModelBuilder.Build(texts.Select((t, i) => CaseFileParser.Parse($"part{i}.case.md", t)).ToList());
        return files.SelectMany(f => f.Entities).OfType<Circumstance>().First(c => c.Id.ToString() == id);
    }

    [Fact]
    public void Evidence_that_names_a_circumstance_twice_is_one_proof_of_it()
    {
        var circumstance = Circumstance("C-1", """
            # Criminal case 1
            - case: 1

            ### E-1 Protocol of inspection
            - kind: inspection-protocol
            - proves: C-1, C-2, C-1

            ### E-2 Protocol of search
            - kind: search-protocol
            - proves: C-1

            ### C-1 The event of the crime

            ### C-2 The guilt of the suspect
            """);

        Assert.Equal(["E-1", "E-2"], circumstance.ProvedBy.Select(e => e.Id.ToString()));
    }

    [Fact]
    public void Evidence_in_each_file_of_a_case_is_a_proof_and_a_duplicate_definition_is_not()
    {
        var circumstance = Circumstance(
            "C-1",
            """
            # Criminal case 1
            - case: 1

            ### E-1 Protocol of inspection
            - kind: inspection-protocol
            - proves: C-1

            ### C-1 The event of the crime
            """,
            """
            # Criminal case 1
            - case: 1

            ### E-2 Protocol of search
            - kind: search-protocol
            - proves: C-1

            ### E-1 Protocol of inspection, written again
            - kind: inspection-protocol
            - proves: C-1
            """);

        Assert.Equal(["E-1", "E-2"], circumstance.ProvedBy.Select(e => e.Id.ToString()));
        Assert.Equal("part0.case.md", circumstance.ProvedBy[0].File.Path);
    }
}
