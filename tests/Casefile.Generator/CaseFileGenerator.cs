using System.Globalization;

namespace Casefile.Generator;

/// <summary>
/// Writes realistic case files of any size: a case header, persons of every role, evidence of every
/// kind with prose bodies, circumstances; about one item in ten carries one planted problem whose code
/// is recorded. Deterministic: the same options give the same text (System.Random with a seed is stable
/// across runtimes).
/// </summary>
public static class CaseFileGenerator
{
    internal static readonly DateTime Registered = new(2024, 3, 1, 10, 15, 0);

    public static GeneratedCase Generate(GeneratorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.EvidenceCount);
        var random = new Random(options.Seed);
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var planted = new List<PlantedProblem>();
        var circumstances = Math.Max(3, options.EvidenceCount / 20);

        WriteCase(output, options, circumstances);
        var roster = WritePersons(output, random, options.EvidenceCount);

        output.WriteLine();
        output.WriteLine("## Evidence");
        var evidence = new EvidenceWriter(output, random, roster, circumstances, planted);
        for (var index = 0; index < options.EvidenceCount; index++)
        {
            // The first items are clean protocols, one per circumstance, so that every charged
            // circumstance has admissible proof other than the parties' own words (para 12).
            var plant = index >= circumstances && random.NextDouble() < options.ViolationRate;
            evidence.Write(index, plant);
        }

        WriteCircumstances(output, circumstances);
        return new GeneratedCase(output.ToString(), planted, options.EvidenceCount);
    }

    /// <summary>The last day any generated evidence can fall on, so the deadline stays after it.</summary>
    internal static DateTime DayOf(int evidenceIndex) => Registered.Date.AddDays(1 + evidenceIndex / 8);

    private static void WriteCase(TextWriter output, GeneratorOptions options, int circumstances)
    {
        var deadline = DayOf(options.EvidenceCount).AddDays(60);
        output.WriteLine($"# Criminal case {options.CaseNumber}");
        output.WriteLine();
        output.WriteLine($"- case: {options.CaseNumber}");
        output.WriteLine("- procedure: general");
        output.WriteLine("- stage: pretrial");
        output.WriteLine($"- registered: {Registered:yyyy-MM-dd HH:mm}");
        output.WriteLine($"- deadline: {deadline:yyyy-MM-dd}");
        output.WriteLine();
        output.WriteLine($"Generated case with {options.EvidenceCount} evidence items and {circumstances} circumstances "
            + $"(seed {options.Seed}). Theft of property on a large scale (art. 188 part 3 of the Criminal Code).");
    }

    private static Roster WritePersons(TextWriter output, Random random, int evidenceCount)
    {
        var next = 1;
        output.WriteLine();
        output.WriteLine("## Persons");

        string Person(string role, params string[] attributes)
        {
            var id = $"P-{next++}";
            output.WriteLine();
            output.WriteLine($"### {id} {Names.Pick(random)}");
            output.WriteLine($"- role: {role}");
            foreach (var attribute in attributes)
            {
                output.WriteLine($"- {attribute}");
            }

            return id;
        }

        IReadOnlyList<string> Many(int count, Func<string> make) => Enumerable.Range(0, count).Select(_ => make()).ToList();

        var investigator = Person("investigator");
        var secondInvestigator = Person("investigator");
        var operative = Person("operative");
        Person("prosecutor", "rank: regional-prosecutor");
        var defender = Person("defender");
        var suspects = Many(1 + evidenceCount / 500, () => Person("suspect", $"lawyer: {defender}"));
        var victims = Many(1 + evidenceCount / 1000, () => Person("victim"));
        var witnesses = Many(Math.Max(4, evidenceCount / 8), () => Person("witness"));
        var experts = Many(Math.Max(2, evidenceCount / 40), () => Person("expert", "competence: forensic medicine, 12 years"));
        var specialists = Many(Math.Max(2, evidenceCount / 60), () => Person("specialist", "competence: video forensics"));
        var attesting = Many(2 * Math.Max(1, evidenceCount / 40), () => Person("attesting-witness", "affiliation: none"));
        var police = Person("attesting-witness", "affiliation: law-enforcement");
        var interested = Person("specialist", "competence: accounting", "interested: yes");
        var withoutCompetence = Person("specialist");

        return new Roster
        {
            Investigator = investigator,
            SecondInvestigator = secondInvestigator,
            Operative = operative,
            Defender = defender,
            Suspects = suspects,
            Victims = victims,
            Witnesses = witnesses,
            Experts = experts,
            Specialists = specialists,
            AttestingWitnesses = attesting,
            PoliceAttestingWitness = police,
            InterestedSpecialist = interested,
            SpecialistWithoutCompetence = withoutCompetence,
        };
    }

    private static void WriteCircumstances(TextWriter output, int count)
    {
        string[] elements = ["event", "guilt", "motive", "damage", "identity"];
        output.WriteLine();
        output.WriteLine("## Circumstances");
        for (var index = 1; index <= count; index++)
        {
            output.WriteLine();
            output.WriteLine($"### C-{index} Circumstance {index} to be proved");
            output.WriteLine($"- element: {elements[(index - 1) % elements.Length]}");
            output.WriteLine("- charged: yes");
        }
    }
}
