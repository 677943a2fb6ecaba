namespace Casefile.Generator;

/// <summary>The persons of a generated case, by role, with the IDs they were given.</summary>
internal sealed class Roster
{
    public required string Investigator { get; init; }
    public required string SecondInvestigator { get; init; }
    public required string Operative { get; init; }
    public required string Defender { get; init; }
    public required IReadOnlyList<string> Suspects { get; init; }
    public required IReadOnlyList<string> Victims { get; init; }
    public required IReadOnlyList<string> Witnesses { get; init; }
    public required IReadOnlyList<string> Experts { get; init; }
    public required IReadOnlyList<string> Specialists { get; init; }
    public required IReadOnlyList<string> AttestingWitnesses { get; init; }

    /// <summary>An attesting witness who works for the police (para 20 forbids it).</summary>
    public required string PoliceAttestingWitness { get; init; }

    /// <summary>A specialist employed by the victim's family (para 16-1).</summary>
    public required string InterestedSpecialist { get; init; }

    /// <summary>A specialist whose competence nobody recorded (para 16-1).</summary>
    public required string SpecialistWithoutCompetence { get; init; }
}
