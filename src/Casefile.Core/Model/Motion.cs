using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>A motion (application) of a party.</summary>
public sealed class Motion : Entity
{
    internal Motion(EntitySyntax syntax, CaseFile file, AttributeBag attributes)
        : base(syntax, file, attributes)
    {
    }

    public override EntityKind Kind => EntityKind.Motion;

    public bool IsToExcludeEvidence => Attributes.Is("type", "exclude-evidence");

    public Evidence? Target => Attributes.Target<Evidence>("target");
}
