namespace Casefile.Generator;

/// <summary>A problem the generator wrote on purpose: the diagnostic a correct analysis must report on that entity.</summary>
public sealed record PlantedProblem(string EntityId, string Code);
