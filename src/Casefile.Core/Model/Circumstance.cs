using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>A circumstance to be proved (art. 113 CPC).</summary>
public sealed class Circumstance : Entity
{
    private readonly List<Evidence> provedBy = [];

    internal Circumstance(EntitySyntax syntax, CaseFile file, AttributeBag attributes)
        : base(syntax, file, attributes)
    {
    }

    public override EntityKind Kind => EntityKind.Circumstance;

    public Term? Element => Attributes.Term("element");

    public bool IsCharged => Attributes.YesNo("charged") == true;

    /// <summary>Evidence whose <c>proves</c> names this circumstance, across the case's files.</summary>
    public IReadOnlyList<Evidence> ProvedBy => provedBy;

    /// <summary>
    /// Evidence is linked one item at a time, each with all it proves (ModelBuilder.Resolve), so an
    /// item that names this circumstance twice is the last one added: no set is needed to keep it
    /// once, and none pays for hashing every evidence object.
    /// </summary>
    internal void AddProof(Evidence evidence)
    {
        if (provedBy.Count == 0 || !ReferenceEquals(provedBy[^1], evidence))
        {
            provedBy.Add(evidence);
        }
    }
}
