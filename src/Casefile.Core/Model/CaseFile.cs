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

    // One list per class, filled as entities are added: every rule walks one of them, and a
    // type filter over all entities per rule was a measurable share of an analysis.
    private readonly List<Person> persons = [];
    private readonly List<Evidence> evidence = [];
    private readonly List<Circumstance> circumstances = [];
    private readonly List<Motion> motions = [];
    private readonly List<DefenceArgument> arguments = [];

    public IReadOnlyList<Person> Persons => persons;

    public IReadOnlyList<Evidence> Evidence => evidence;

    public IReadOnlyList<Circumstance> Circumstances => circumstances;

    public IReadOnlyList<Motion> Motions => motions;

    public IReadOnlyList<DefenceArgument> Arguments => arguments;

    /// <summary>Every ID written as a value in this file, with the attribute that holds it; filled when references are resolved.</summary>
    internal IReadOnlyList<(Entity? Owner, BoundAttribute Attribute, ReferenceValue Reference)> References { get; set; } = [];

    /// <summary>The case keys and every entity's attributes, each with its owner (null for the case).</summary>
    public IReadOnlyList<(Entity? Owner, AttributeBag Attributes)> AttributeBags { get; private set; } = [];

    /// <summary>Called once the case keys and every entity are in: the list rules walk most.</summary>
    internal void CompleteBags()
    {
        var bags = new (Entity?, AttributeBag)[entities.Count + 1];
        bags[0] = (null, Case.Attributes);
        for (var i = 0; i < entities.Count; i++)
        {
            bags[i + 1] = (entities[i], entities[i].Attributes);
        }

        AttributeBags = bags;
    }

    internal void Add(Entity entity)
    {
        entities.Add(entity);
        switch (entity)
        {
            case Person person:
                persons.Add(person);
                break;
            case Evidence item:
                evidence.Add(item);
                break;
            case Circumstance circumstance:
                circumstances.Add(circumstance);
                break;
            case Motion motion:
                motions.Add(motion);
                break;
            case DefenceArgument argument:
                arguments.Add(argument);
                break;
        }
    }
}
