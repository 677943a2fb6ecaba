namespace Casefile.Generator;

/// <summary>A generated case file and the problems planted in it, so a test can tell a right analysis from a wrong one.</summary>
public sealed record GeneratedCase(string Text, IReadOnlyList<PlantedProblem> PlantedProblems, int EvidenceCount);
