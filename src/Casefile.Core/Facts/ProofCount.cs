using Casefile.Analysis;
using Casefile.Model;

namespace Casefile.CaseFacts;

/// <summary>
/// How a circumstance stands proved (para 4): of the evidence items whose <c>proves</c> names it,
/// across the files of the case, how many are admissible.
/// </summary>
public sealed record ProofCount(int Admissible, int Total)
{
    public static ProofCount Of(Circumstance circumstance, Func<Evidence, Admissibility> admissibility) =>
        new(circumstance.ProvedBy.Count(e => admissibility(e).IsAdmissible), circumstance.ProvedBy.Count);
}
