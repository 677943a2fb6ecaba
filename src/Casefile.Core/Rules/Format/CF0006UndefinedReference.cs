using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Vocabulary;

namespace Casefile.Rules.Format;

/// <summary>A reference to an ID that no entity of the case defines (a wrong-prefix ID is CF0007 instead).</summary>
public sealed class CF0006UndefinedReference : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0006", "undefined-reference", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, attribute, reference) in References.In(context.File))
        {
            if (reference.Target is null && References.AllowedPrefixes(attribute.Key).Contains(reference.Id.Prefix))
            {
                context.Report(reference.Source.Span, context.Message(reference.Id, attribute.Syntax.Key), owner);
            }
        }
    }
}
