using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;

namespace Casefile.Rules.Paragraph21;

/// <summary>
/// Para 21, second part: an audio or video recording a participant (or another person) submits
/// to be attached as a document (art. 122 part 4 CPC) must be examined and evaluated by the person
/// conducting the pre-trial investigation under art. 125 CPC, and a protocol (or resolution) is
/// drawn up when it is recognised as evidence. Flagged: <c>kind: audio-video</c> with a
/// <c>submitted-by</c> and an <c>examination-protocol</c> that is absent, empty or <c>none</c>.
/// A warning: the protocol may exist and simply not be recorded in the file yet.
/// </summary>
public sealed class CF2101UnexaminedRecording : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF2101", "unexamined-recording", "21", Severity.Warning);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsOfKind("audio-video") || evidence.Attributes.Reference("submitted-by") is not { } submitter)
            {
                continue;
            }

            var protocol = evidence.Attributes["examination-protocol"];
            var span = protocol switch
            {
                null => evidence.HeadingSpan,
                { Value: TermValue { Term.Canonical: "none" } } => protocol.ValueSpan,
                { IsEmpty: true, Value: null } => protocol.KeySpan,
                _ => (Syntax.TextSpan?)null,
            };
            if (span is not { } at)
            {
                continue;
            }

            var related = submitter.Target is { } person
                ? new[] { RuleContext.At(person, new Message("CF2101_RelatedSubmitter", person.Id)) }
                : [];
            context.Report(at, context.Message(evidence.Id, submitter.Id), evidence, related);
        }
    }
}
