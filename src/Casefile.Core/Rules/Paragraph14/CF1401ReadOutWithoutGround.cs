using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph14;

/// <summary>
/// Para 14: earlier testimony may be read out only for material contradictions with the testimony
/// given in court, when the person is absent for reasons precluding appearance, or when it was
/// deposited by the investigating judge; and the reasons precluding appearance (death, serious
/// illness, a long business trip, unknown whereabouts) "must be convincingly confirmed". So
/// <c>read-out: yes</c> needs a <c>read-out-ground</c>, and a ground other than
/// <c>contradictions</c> or <c>deposited</c> needs <c>ground-confirmed-by</c> (absent, empty or
/// <c>none</c> confirms nothing). A ground that is written but unreadable is CF0003, not missing.
/// </summary>
public sealed class CF1401ReadOutWithoutGround : Rule
{
    private static readonly HashSet<string> SelfEvidentGrounds = ["contradictions", "deposited"];

    public override RuleDescriptor Descriptor { get; } = new("CF1401", "read-out-without-ground", "14", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.YesNo("read-out") != true)
            {
                continue;
            }

            var groundAttribute = evidence.Attributes["read-out-ground"];
            if (groundAttribute is null || groundAttribute.IsEmpty)
            {
                context.Report(Stated.MissingSpan(evidence, "read-out-ground"), context.Message(evidence.Id), evidence);
                continue;
            }

            if (evidence.Attributes.Term("read-out-ground") is { } ground
                && !SelfEvidentGrounds.Contains(ground.Canonical)
                && !Stated.Has(evidence.Attributes, "ground-confirmed-by"))
            {
                context.Report(groundAttribute.ValueSpan, context.MessageVariant("Unconfirmed", evidence.Id, new LocalizedTerm(ground)), evidence);
            }
        }
    }
}
