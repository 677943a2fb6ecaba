using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Rules.Paragraph04;

namespace Casefile.Rules.Paragraph14;

/// <summary>
/// Para 14: when the whereabouts of a victim or witness whose testimony must be examined directly
/// at trial cannot be established, and that testimony was contradictory or refuted by other
/// evidence, the court cannot recognise the pre-trial testimony as evidence. Testimony with
/// <c>read-out-ground: whereabouts-unknown</c> that is in contradiction with other evidence, from
/// either side (rules.md): its own <c>contradicts</c>, or another item of the case naming it in
/// <c>contradicts</c>. Whether the contradiction was later resolved does not matter: the paragraph
/// bars the testimony because there were contradictions.
/// </summary>
public sealed class CF1402ContradictoryAbsentWitness : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1402", "contradictory-absent-witness", "14", Severity.Error);

    public override void Check(RuleContext context)
    {
        var everything = context.File.Group.Files.SelectMany(f => f.Evidence).ToList();
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony || !evidence.Attributes.Is("read-out-ground", "whereabouts-unknown"))
            {
                continue;
            }

            var own = evidence.Attributes.References("contradicts").Select(r => r.Id).ToList();
            var others = everything
                .Where(e => e != evidence && e.Attributes.References("contradicts").Any(r => r.Target == evidence))
                .ToList();
            var ids = own.Concat(others.Select(e => e.Id)).Distinct().OrderBy(id => id.Number).ToList();
            if (ids.Count == 0)
            {
                continue;
            }

            var related = evidence.Attributes.Targets<Evidence>("contradicts")
                .Concat(others)
                .Where(e => e != evidence)
                .Distinct()
                .Select(e => RuleContext.At(e, new Message("CF1402_RelatedContradiction", e.Id)))
                .ToArray();
            var whose = evidence.Person is { } person ? person.Id.ToString() : "—";
            context.Report(
                evidence.Attributes["read-out-ground"]!.ValueSpan,
                context.Message(evidence.Id, whose, Stated.Ids(ids)),
                evidence,
                related);
        }
    }
}
