using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Format;

/// <summary>
/// A suppression comment without a reason, with an unknown code, or that stands before nothing it
/// could apply to. Such a comment silences nothing.
/// </summary>
public sealed class CF0011InvalidSuppression : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0011", "invalid-suppression", null, Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var suppression in context.File.Syntax.Suppressions)
        {
            if (suppression.Codes.Count == 0)
            {
                context.Report(suppression.Span, context.MessageVariant("NoCode"));
                continue;
            }

            foreach (var code in suppression.Codes)
            {
                if (!RuleCatalog.IsKnown(code.Code))
                {
                    context.Report(code.Span, context.MessageVariant("UnknownCode", code.Code));
                }
            }

            if (!suppression.HasReason)
            {
                context.Report(suppression.Span, context.Message());
            }
            else if (suppression.TargetLine < 0)
            {
                context.Report(suppression.Span, context.MessageVariant("NoTarget"));
            }
        }
    }
}
