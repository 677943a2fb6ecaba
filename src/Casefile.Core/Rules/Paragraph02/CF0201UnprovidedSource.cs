using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Paragraph02;

/// <summary>
/// Para 2: the correct resolution of a case rests only on factual data established by the sources
/// the law lists (testimony, expert opinion, physical evidence, protocols, other documents …), and
/// "factual data obtained from sources not provided for by law must not be recognised as
/// evidence". A <c>kind</c> outside the format's list of sources (the model keeps it as text, not
/// as a misspelling) is such a source. A missing kind is CF0010, not this.
/// </summary>
public sealed class CF0201UnprovidedSource : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0201", "unprovided-source", "2", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.UnprovidedKind is { } kind)
            {
                context.Report(evidence.Attributes["kind"]!.ValueSpan, context.Message(evidence.Id, kind.Text), evidence);
            }
        }
    }
}
