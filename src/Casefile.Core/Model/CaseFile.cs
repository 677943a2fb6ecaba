using Casefile.Syntax;

namespace Casefile.Model;

/// <summary>The model of one case file: its case keys and typed entities, references resolved.</summary>
public sealed class CaseFile
{
    private readonly List<Entity> entities = [];

    internal CaseFile(CaseFileSyntax syntax)
    {
        Syntax = syntax;
        Case = null!;
    }

    public CaseFileSyntax Syntax { get; }

    public string Path => Syntax.Path;

    public SourceText Text => Syntax.Text;

    public CaseInfo Case { get; internal set; }

    /// <summary>The files of the same case whose IDs this file's references see (itself included).</summary>
    public CaseGroup Group { get; internal set; } = null!;

    public IReadOnlyList<Entity> Entities => entities;

    public IEnumerable<Person> Persons => entities.OfType<Person>();

    public IEnumerable<Evidence> Evidence => entities.OfType<Evidence>();

    public IEnumerable<Circumstance> Circumstances => entities.OfType<Circumstance>();

    public IEnumerable<Motion> Motions => entities.OfType<Motion>();

    public IEnumerable<DefenceArgument> Arguments => entities.OfType<DefenceArgument>();

    /// <summary>The case keys and every entity's attributes, each with its owner (null for the case).</summary>
    public IEnumerable<(Entity? Owner, AttributeBag Attributes)> AttributeBags =>
        new (Entity?, AttributeBag)[] { (null, Case.Attributes) }.Concat(entities.Select(e => ((Entity?)e, e.Attributes)));

    internal void Add(Entity entity) => entities.Add(entity);
}
