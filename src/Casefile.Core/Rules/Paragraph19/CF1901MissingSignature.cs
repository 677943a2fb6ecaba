using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Rules.Paragraph19;

/// <summary>
/// Para 19: a protocol of an investigative action must meet art. 123 CPC; one "not signed by the
/// investigator or the attesting witness" bears a material violation and is inadmissible. For a
/// protocol or a testimony (the record of an interrogation) whose <c>signed-by</c> is written,
/// whoever <c>conducted-by</c> names and every one of its <c>attesting-witnesses</c> must be among
/// the signers. A protocol with no <c>signed-by</c> at all is CF1902; a <c>signed-by</c> that
/// cannot be read (CF0003) proves nothing either way.
/// </summary>
public sealed class CF1901MissingSignature : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF1901", "missing-signature", "19", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!(evidence.IsOfKind("protocol") || evidence.IsTestimony)
                || evidence.Attributes["signed-by"] is not { Value: not null, Problems.Count: 0 } signedBy)
            {
                continue;
            }

            var signedByReferences = evidence.Attributes.References("signed-by");
            var conductor = evidence.Attributes.Reference("conducted-by") is { } conducted && !IsAmong(conducted.Id, signedByReferences) ? conducted : null;
            if (conductor is null && evidence.Attributes.References("attesting-witnesses").All(w => IsAmong(w.Id, signedByReferences)))
            {
                // Everyone who had to sign did: the common case, settled without building the message's lists.
                continue;
            }

            var related = new List<RelatedLocation>();
            if (conductor?.Target is { } conductorEntity)
            {
                related.Add(RuleContext.At(conductorEntity, new Message("CF1901_RelatedConductedBy", conductor.Id)));
            }

            var witnesses = evidence.Attributes.References("attesting-witnesses")
                .Where(w => !IsAmong(w.Id, signedByReferences))
                .DistinctBy(w => w.Id)
                .ToList();
            foreach (var witness in witnesses)
            {
                if (witness.Target is { } witnessEntity)
                {
                    related.Add(RuleContext.At(witnessEntity, new Message("CF1901_RelatedWitness", witness.Id)));
                }
            }

            var named = string.Join(", ", signedByReferences.Select(r => r.Id));
            var missingWitnesses = string.Join(", ", witnesses.Select(w => w.Id));
            Message message;
            if (conductor is not null && witnesses.Count > 0)
            {
                message = context.Message(evidence.Id, conductor.Id, missingWitnesses, named);
            }
            else if (conductor is not null)
            {
                message = context.MessageVariant("ConductedBy", evidence.Id, conductor.Id, named);
            }
            else if (witnesses.Count > 0)
            {
                message = context.MessageVariant("Witnesses", evidence.Id, missingWitnesses, named);
            }
            else
            {
                continue;
            }

            context.Report(signedBy.ValueSpan, message, evidence.Id, related);
        }
    }

    private static bool IsAmong(EntityId id, IReadOnlyList<ReferenceValue> references)
    {
        foreach (var reference in references)
        {
            if (reference.Id == id)
            {
                return true;
            }
        }

        return false;
    }
}
