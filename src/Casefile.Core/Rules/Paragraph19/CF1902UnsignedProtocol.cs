using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph19;

/// <summary>
/// Para 19: a protocol must be checked against art. 123 CPC, and one not signed by the
/// investigator or the attesting witness is inadmissible. A protocol whose <c>signed-by</c> is
/// absent or left empty records no signatures at all, so that check cannot be made: a warning, as
/// the file may simply not say yet who signed. Once <c>signed-by</c> names anyone, CF1901 checks it.
/// </summary>
public sealed class CF1902UnsignedProtocol : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1902", "unsigned-protocol", "19", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("protocol"))
            {
                continue;
            }

            var signedBy = evidence.Attributes["signed-by"];
            if (signedBy is null)
            {
                context.Report(evidence.HeadingSpan, context.Message(evidence.Id), evidence);
            }
            else if (signedBy.IsEmpty && signedBy.Value is null)
            {
                context.Report(signedBy.KeySpan, context.MessageVariant("Empty", evidence.Id), evidence);
            }
        }
    }
}
