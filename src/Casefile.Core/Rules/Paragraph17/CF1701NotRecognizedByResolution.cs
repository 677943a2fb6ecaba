using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph17;

/// <summary>
/// Para 17: physical evidence is subject to evaluation only if it "has been recognised as such by
/// an order of the body conducting the criminal process". Physical evidence whose
/// <c>recognized-by-resolution</c> is absent, empty or <c>none</c> is flagged: on the value for
/// <c>none</c>, on the key when it is empty, on the heading when the key is missing.
/// </summary>
public sealed class CF1701NotRecognizedByResolution : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1701", "not-recognized-by-resolution", "17", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("physical-evidence"))
            {
                continue;
            }

            var attribute = evidence.Attributes["recognized-by-resolution"];
            if (evidence.Attributes.IsNone("recognized-by-resolution"))
            {
                context.Report(attribute!.ValueSpan, context.MessageVariant("None", evidence.Id), evidence);
            }
            else if (attribute is null)
            {
                context.Report(evidence.HeadingSpan, context.Message(evidence.Id), evidence);
            }
            else if (attribute.IsEmpty)
            {
                context.Report(attribute.KeySpan, context.Message(evidence.Id), evidence);
            }
        }
    }
}
