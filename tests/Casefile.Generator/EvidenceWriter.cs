using System.Globalization;

namespace Casefile.Generator;

/// <summary>
/// Writes one evidence item at a time: a clean item of a randomly chosen kind, or one with exactly one
/// planted problem, recorded with the code(s) a correct analysis reports on it.
/// </summary>
internal sealed class EvidenceWriter(TextWriter output, Random random, Roster roster, int circumstances, List<PlantedProblem> planted)
{
    private const int ProtocolShare = 20;
    private string? lastProtocol;
    private readonly List<string> lines = [];

    public void Write(int index, bool plant)
    {
        var id = $"E-{index + 1}";
        var start = CaseFileGenerator.DayOf(index).AddHours(10 + index % 6).AddMinutes(index % 4 * 10);
        lines.Clear();
        string? code;
        string title;
        var roll = index < circumstances ? 0 : random.Next(100);
        if (roll < ProtocolShare)
        {
            (title, code) = Protocol(start, plant);
        }
        else if (roll < 55)
        {
            (title, code) = Testimony(start, plant);
        }
        else if (roll < 65)
        {
            (title, code) = ExpertOpinion(id, start, plant);
        }
        else if (roll < 70)
        {
            (title, code) = SpecialistOpinion(start, plant);
        }
        else if (roll < 82)
        {
            (title, code) = PhysicalEvidence(start, plant);
        }
        else if (roll < 90)
        {
            (title, code) = Document(start, plant);
        }
        else if (roll < 95)
        {
            (title, code) = AudioVideo(start, plant);
        }
        else if (roll < 98)
        {
            (title, code) = OperationalMaterial(start, plant);
        }
        else
        {
            (title, code) = CovertActionResult(start, plant);
        }

        // Every item proves one circumstance (para 4), and now and then a second one.
        var proves = $"C-{index % circumstances + 1}";
        if (random.Next(5) == 0)
        {
            proves += $", C-{random.Next(circumstances) + 1}";
        }

        if (plant && code is null)
        {
            // Kinds without a problem of their own get a slip of the pen that any kind can have.
            code = FormatSlip(ref proves);
        }

        output.WriteLine();
        output.WriteLine($"### {id} {title}");
        foreach (var line in lines)
        {
            output.WriteLine($"- {line}");
        }

        output.WriteLine($"- proves: {proves}");
        if (code is not null)
        {
            planted.Add(new PlantedProblem(id, code));
        }

        Prose.Write(output, random);
        if (title.StartsWith("Protocol", StringComparison.Ordinal))
        {
            lastProtocol = id;
        }
    }

    private (string, string?) Protocol(DateTime start, bool plant)
    {
        string[] actions = ["search", "seizure", "inspection", "scene-inspection", "identification", "experiment"];
        var action = actions[random.Next(actions.Length)];
        var title = $"Protocol of {action}";
        var first = Pick(roster.AttestingWitnesses);
        var second = Pick(roster.AttestingWitnesses.Where(p => p != first).DefaultIfEmpty(first).ToList());
        var problem = plant ? random.Next(3) : -1;
        if (problem == 1)
        {
            second = roster.PoliceAttestingWitness;
        }

        Add($"kind: protocol");
        Add($"action: {action}");
        Add($"conducted-by: {roster.Investigator}");
        Add($"start: {Date(start)}");
        Add($"end: {Date(start.AddMinutes(50))}");
        Add($"place: {(random.Next(2) == 0 ? "scene" : "person-home")} (12 Syganak street, flat 48)");
        Add($"attesting-witnesses: {first}, {second}");
        switch (problem)
        {
            case 0:
                Add($"signed-by: {roster.Investigator}, {first}");
                return (title, "CF1901");
            case 2:
                return (title, "CF1902");
            default:
                Add($"signed-by: {roster.Investigator}, {first}, {second}");
                return (title, problem == 1 ? "CF2001" : null);
        }
    }

    private (string, string?) Testimony(DateTime start, bool plant)
    {
        var problem = plant ? random.Next(6) : -1;
        var ofSuspect = problem == 4 || random.Next(10) == 0;
        var person = ofSuspect ? Pick(roster.Suspects) : random.Next(10) == 0 ? Pick(roster.Victims) : Pick(roster.Witnesses);
        var end = start.AddMinutes(50);
        if (problem == 1)
        {
            start = start.Date.AddHours(22).AddMinutes(40);
            end = start.AddMinutes(50);
        }
        else if (problem == 2)
        {
            end = start.AddHours(5);
        }

        Add("kind: testimony");
        Add($"person: {person}");
        Add($"conducted-by: {roster.SecondInvestigator}");
        Add($"start: {Date(start)}");
        Add($"end: {Date(end)}");
        Add(problem == 0 ? "place: street (outside the bar)" : "place: office (room 214)");
        if (ofSuspect)
        {
            Add(problem == 4 ? "lawyer: none" : $"lawyer: {roster.Defender}");
        }

        Add(problem == 4 ? "rights-explained: no" : "rights-explained: yes");
        Add(problem == 3 ? "source-of-knowledge: assumption" : "source-of-knowledge: personal");
        Add(problem == 5 ? $"signed-by: {person}" : $"signed-by: {roster.SecondInvestigator}, {person}");
        var code = problem switch
        {
            0 => "CF1503",
            1 => "CF1504",
            2 => "CF1505",
            3 => "CF1501",
            4 => "CF1001",
            5 => "CF1901",
            _ => null,
        };
        return (ofSuspect ? "Interrogation of the suspect" : "Interrogation of the witness", code);
    }

    private (string, string?) ExpertOpinion(string id, DateTime start, bool plant)
    {
        var problem = plant ? random.Next(4) : -1;
        Add("kind: expert-opinion");
        Add($"person: {Pick(roster.Experts)}");
        Add($"appointed-by: {roster.Investigator}");
        Add(problem == 0 ? "appointment-resolution: none" : $"appointment-resolution: resolution of {start.AddDays(-1):dd.MM.yyyy}");
        Add(problem == 2 ? "participants-familiarized: no" : "participants-familiarized: yes");
        if (problem == 1)
        {
            Add("expertise-order-violated: yes");
        }

        if (problem == 3)
        {
            Add("packaging: broken");
        }

        Add($"date: {Date(start)}");
        // Questions are unique so that two opinions never disagree on one question by accident (para 16).
        Add($"question: What is the origin of the stains on the item examined for {id}?");
        Add("conclusion: Blood of human origin, group A(II)");
        var code = problem switch { 0 => "CF1601", 1 => "CF1602", 2 => "CF1621", 3 => "CF1604", _ => null };
        return ("Opinion of the forensic expert", code);
    }

    private (string, string?) SpecialistOpinion(DateTime start, bool plant)
    {
        var problem = plant ? random.Next(2) : -1;
        var person = problem switch
        {
            0 => roster.InterestedSpecialist,
            1 => roster.SpecialistWithoutCompetence,
            _ => Pick(roster.Specialists),
        };
        Add("kind: specialist-opinion");
        Add($"person: {person}");
        Add("participants-familiarized: yes");
        Add($"date: {Date(start)}");
        return ("Opinion of the specialist on the recording", problem switch { 0 => "CF1612", 1 => "CF1611", _ => null });
    }

    private (string, string?) PhysicalEvidence(DateTime start, bool plant)
    {
        var problem = plant ? random.Next(2) : -1;
        Add("kind: physical-evidence");
        Add($"date: {Date(start)}");
        Add(problem == 0 ? "recognized-by-resolution: none" : $"recognized-by-resolution: resolution of {start:dd.MM.yyyy}");
        Add(problem == 1 ? "seizure-protocol: none" : $"seizure-protocol: {lastProtocol}");
        return ("Knife with a black handle", problem switch { 0 => "CF1701", 1 => "CF1702", _ => null });
    }

    private (string, string?) Document(DateTime start, bool plant)
    {
        Add("kind: document");
        Add($"date: {Date(start)}");
        if (plant)
        {
            Add("disputed: yes");
            Add("original: no");
            Add("expertise-possible: no");
            return ("Copy of the loan agreement", "CF2103");
        }

        Add("original: yes");
        return ("Certificate of the bank on the account", null);
    }

    private (string, string?) AudioVideo(DateTime start, bool plant)
    {
        Add("kind: audio-video");
        Add($"date: {Date(start)}");
        Add($"examination-protocol: {lastProtocol}");
        return ("CCTV recording of the entrance camera", null);
    }

    private (string, string?) OperationalMaterial(DateTime start, bool plant)
    {
        var problem = plant ? random.Next(2) : -1;
        Add("kind: operational-material");
        Add($"conducted-by: {roster.Operative}");
        Add($"date: {Date(start)}");
        Add("origin-source: report of the detective of the criminal police");
        Add("origin-method: observation");
        if (problem != 0)
        {
            Add("origin-conditions: in public places, without restricting rights");
        }

        if (problem == 1)
        {
            Add("declared-unlawful: yes");
        }

        return ("Report on the results of observation", problem switch { 0 => "CF2301", 1 => "CF2206", _ => null });
    }

    private (string, string?) CovertActionResult(DateTime start, bool plant)
    {
        var problem = plant ? random.Next(2) : -1;
        Add("kind: covert-action-result");
        Add($"conducted-by: {roster.Operative}");
        Add($"date: {Date(start)}");
        Add(problem == 1 ? "covert-action: imitation" : "covert-action: audio-video-surveillance");
        if (problem == 0)
        {
            Add("provocation: yes");
        }

        return ("Result of covert audio-video surveillance", problem switch { 0 => "CF2312", 1 => "CF2313", _ => null });
    }

    private string FormatSlip(ref string proves)
    {
        switch (random.Next(3))
        {
            case 0:
                lines.Add("colour: red");
                return "CF0002";
            case 1:
                proves += ", C-99999";
                return "CF0006";
            default:
                lines.Insert(1, "status: admited");
                return "CF0003";
        }
    }

    private void Add(string line) => lines.Add(line);

    private string Pick(IReadOnlyList<string> ids) => ids[random.Next(ids.Count)];

    /// <summary>Dates in the forms investigators actually type (casefile-format.md, "Dates and times").</summary>
    private string Date(DateTime value) => random.Next(3) switch
    {
        0 => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        1 => value.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        _ => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
    };
}
