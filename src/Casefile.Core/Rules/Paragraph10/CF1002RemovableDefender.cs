using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph10;

/// <summary>
/// Para 10: "factual data obtained in the course of a procedural action with the participation of
/// defence counsel who, on the basis of Article 94 of the CPC, was subject to removal from the
/// proceedings are subject to recognition as inadmissible". Any evidence whose own <c>lawyer</c>
/// is a person with <c>removal-grounds</c> (absent, empty or <c>none</c> means no grounds).
/// </summary>
public sealed class CF1002RemovableDefender : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1002", "removable-defender", "10", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (evidence.Attributes.Target<Person>("lawyer") is not { } defender || !Stated.Has(defender.Attributes, "removal-grounds"))
            {
                continue;
            }

            var grounds = defender.Attributes["removal-grounds"]!;
            context.Report(
                evidence.Attributes["lawyer"]!.ValueSpan,
                context.Message(evidence.Id, defender.Id, grounds.Syntax.Value),
                evidence,
                RuleContext.At(defender, grounds, new Message("CF1002_RelatedRemovalGrounds", defender.Id)));
        }
    }
}
