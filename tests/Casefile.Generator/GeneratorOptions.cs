namespace Casefile.Generator;

/// <summary>What to generate. The same options always give the same text, byte for byte.</summary>
/// <param name="EvidenceCount">Evidence items (E-); persons and circumstances grow with it.</param>
/// <param name="Seed">Seed of the pseudo-random choices.</param>
/// <param name="ViolationRate">Share of evidence items that carry one planted problem (0 gives a clean file).</param>
/// <param name="CaseNumber">The `case:` number; files of one case in one folder share it.</param>
public sealed record GeneratorOptions(
    int EvidenceCount,
    int Seed = 1,
    double ViolationRate = 0.1,
    string CaseNumber = "245100031000123");
