using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph22;

/// <summary>
/// Para 22, second and third parts: only the Prosecutor General, his deputies, the Military
/// Prosecutor of the Republic, regional prosecutors and prosecutors equal to them may sanction
/// operational-search measures; results of measures sanctioned by a prosecutor without that
/// authority cannot be evidence. An absent <c>rank</c> is not flagged (rules.md): only a rank
/// written and outside the list is certain.
/// </summary>
public sealed class CF2202UnauthorizedSanction : Rule
{
    private static readonly HashSet<string> AuthorizedRanks =
        ["prosecutor-general", "deputy-prosecutor-general", "military-prosecutor-of-republic", "regional-prosecutor", "equal-to-regional"];

    public override RuleDescriptor Descriptor { get; } = new("CF2202", "unauthorized-sanction", "22", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.Target<Person>("sanction-by") is not { } prosecutor
                || !prosecutor.HasRole("prosecutor")
                || prosecutor.Attributes.Term("rank") is not { } rank
                || AuthorizedRanks.Contains(rank.Canonical))
            {
                continue;
            }

            context.Report(
                evidence.Attributes["sanction-by"]!.ValueSpan,
                context.Message(evidence.Id, prosecutor.Id, new LocalizedTerm(rank)),
                evidence,
                RuleContext.At(prosecutor, prosecutor.Attributes["rank"]!, new Message("CF2202_RelatedRank", prosecutor.Id)));
        }
    }
}
