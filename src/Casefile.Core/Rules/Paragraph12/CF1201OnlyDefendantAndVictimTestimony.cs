using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph12;

/// <summary>
/// Para 12: except in the shortened procedure of art. 382 CPC, a verdict cannot be lawful if it
/// rests only on the testimony of the defendant and the victim, not confirmed by other evidence
/// (testimony of witnesses, protocols, expert opinions, physical evidence, other documents). A
/// charged circumstance whose admissible proving evidence (at least one item) is all testimony
/// whose person is a suspect, accused, defendant or victim. Inadmissible items are left out: they
/// confirm nothing (when nothing admissible remains, that is CF0404). <c>procedure: shortened</c>
/// in any file of the case exempts it.
/// </summary>
public sealed class CF1201OnlyDefendantAndVictimTestimony : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1201", "only-defendant-and-victim-testimony", "12", Severity.Error);

    public override RulePhase Phase => RulePhase.Admissibility;

    public override void Check(RuleContext context)
    {
        if (context.File.Group.Files.Any(f => f.Case.IsShortenedProcedure))
        {
            return;
        }

        foreach (var circumstance in context.File.Circumstances)
        {
            if (!circumstance.IsCharged)
            {
                continue;
            }

            var admissible = circumstance.ProvedBy.Where(e => context.AdmissibilityOf(e).IsAdmissible).ToList();
            if (admissible.Count == 0 || !admissible.All(IsOfDefendantOrVictim))
            {
                continue;
            }

            var related = admissible
                .Select(e => RuleContext.At(e, new Message("CF1201_RelatedTestimony", e.Id, e.Person!.Id, new LocalizedTerm(e.Person.Role!))))
                .ToArray();
            context.Report(circumstance.HeadingSpan, context.Message(circumstance.Id, Stated.Ids(admissible)), circumstance, related);
        }
    }

    /// <summary>Testimony of a suspect, accused or defendant (rules.md), or of a victim.</summary>
    private static bool IsOfDefendantOrVictim(Evidence evidence) =>
        evidence.IsTestimonyOfSuspect || (evidence.IsTestimony && evidence.Person?.HasRole("victim") == true);
}
