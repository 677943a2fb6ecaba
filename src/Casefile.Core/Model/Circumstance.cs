using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>A circumstance to be proved (art. 113 CPC).</summary>
public sealed class Circumstance : Entity
{
    private readonly List<Evidence> provedBy = [];
    private readonly HashSet<Evidence> proofs = [];

    internal Circumstance(EntitySyntax syntax, CaseFile file, AttributeBag attributes)
        : base(syntax, file, attributes)
    {
    }

    public override EntityKind Kind => EntityKind.Circumstance;

    public Term? Element => Attributes.Term("element");

    public bool IsCharged => Attributes.YesNo("charged") == true;

    /// <summary>Evidence whose <c>proves</c> names this circumstance, across the case's files.</summary>
    public IReadOnlyList<Evidence> ProvedBy => provedBy;

    internal void AddProof(Evidence evidence)
    {
        if (proofs.Add(evidence))
        {
            provedBy.Add(evidence);
        }
    }
}
