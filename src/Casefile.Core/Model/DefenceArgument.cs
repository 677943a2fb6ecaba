using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>An argument of the defence that the verdict must answer (para 26).</summary>
public sealed class DefenceArgument : Entity
{
    internal DefenceArgument(EntitySyntax syntax, CaseFile file, AttributeBag attributes)
        : base(syntax, file, attributes)
    {
    }

    public override EntityKind Kind => EntityKind.Argument;

    public bool IsChecked => Attributes.YesNo("checked") == true;

    public IReadOnlyList<Evidence> RefutedBy => Attributes.Targets<Evidence>("refuted-by");
}
