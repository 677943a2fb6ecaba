using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph21;

/// <summary>
/// Para 21, third part: materials an employee of a criminal prosecution body obtains in a way the
/// law does not establish (recording covertly on his own, against the requirements of legislation)
/// cannot be attached to the case nor be admissible evidence. Flagged: <c>kind: audio-video</c>
/// with <c>covert: yes</c>, <c>conducted-by</c> an official or an operative, and no
/// <c>legal-basis</c> (absent, empty or <c>none</c>). Who made the recording is <c>conducted-by</c>;
/// without it nothing is certain.
/// </summary>
public sealed class CF2102CovertRecordingWithoutBasis : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2102", "covert-recording-without-basis", "21", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("audio-video")
                || evidence.Attributes.YesNo("covert") != true
                || evidence.ConductedBy is not { } maker
                || !(maker.IsOfficial || maker.HasRole("operative"))
                || maker.Role is not { } role)
            {
                continue;
            }

            var basis = evidence.Attributes["legal-basis"];
            var span = basis switch
            {
                null => evidence.HeadingSpan,
                { Value: TermValue { Term.Canonical: "none" } } => basis.ValueSpan,
                { IsEmpty: true, Value: null } => basis.KeySpan,
                _ => (Syntax.TextSpan?)null,
            };
            if (span is not { } at)
            {
                continue;
            }

            context.Report(
                at,
                context.Message(evidence.Id, maker.Id, new LocalizedTerm(role)),
                evidence,
                RuleContext.At(maker, new Message("CF2102_RelatedMaker", maker.Id)));
        }
    }
}
