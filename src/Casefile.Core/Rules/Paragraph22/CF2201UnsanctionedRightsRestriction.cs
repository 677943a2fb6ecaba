using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Rules.Paragraph22;

/// <summary>
/// Para 22, second and fourth parts: the results of operational-search measures that restrict the
/// constitutional rights to the inviolability of private life and of the home, or to the privacy of
/// correspondence, telephone conversations, postal and other communications, may be evidence only
/// when a prosecutor sanctioned them, or when the situation brooked no delay (then CF2203 checks the
/// urgent route). Materials "collected without a sanction although it was actually possible to
/// obtain one" are inadmissible (last part).
/// </summary>
public sealed class CF2201UnsanctionedRightsRestriction : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2201", "unsanctioned-rights-restriction", "22", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("operational-material") || evidence.IsUrgent || !Facts.HasNoSanction(evidence))
            {
                continue;
            }

            var rights = evidence.Attributes.Terms("restricts-rights");
            if (rights.Count == 0)
            {
                continue;
            }

            // "sanction-by: none" (or an empty placeholder) is the fault itself; when the key is
            // missing, the restricted rights are what demand the sanction.
            var span = Facts.SpanOf(evidence.Attributes["sanction-by"], evidence.Attributes["restricts-rights"]!.ValueSpan);
            context.Report(span, context.Message(evidence.Id, new LocalizedTermList(rights)), evidence);
        }
    }
}
