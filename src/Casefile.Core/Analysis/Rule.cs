using Casefile.Diagnostics;

namespace Casefile.Analysis;

/// <summary>
/// One diagnostic code: its metadata and its check. A rule reads the model and reports facts;
/// severities, suppressions and admissibility are applied by the engine, in one place.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Rules that reason over admissibility run after every other rule (rules.md).</summary>
    public virtual RulePhase Phase => RulePhase.Facts;

    public abstract void Check(RuleContext context);
}

public enum RulePhase
{
    /// <summary>Format and paragraph rules: they read the model only.</summary>
    Facts,

    /// <summary>CF0403, CF0404, CF1201, CF2603: they read which evidence is inadmissible.</summary>
    Admissibility,
}
