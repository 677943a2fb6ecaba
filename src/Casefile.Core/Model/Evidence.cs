using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>One source of evidence (para 2 of the resolution).</summary>
public sealed class Evidence : Entity
{
    // Facts nearly every rule asks of every item, read once: the attributes never change after binding.
    private readonly Term? kind;
    private readonly CaseDateTime? start;
    private readonly CaseDateTime? date;

    internal Evidence(EntitySyntax syntax, CaseFile file, AttributeBag attributes)
        : base(syntax, file, attributes)
    {
        kind = attributes.Term("kind");
        start = attributes.Date("start");
        date = attributes.Date("date");
    }

    public override EntityKind Kind => EntityKind.Evidence;

    /// <summary>The kind when it is one the law provides; null when absent or unprovided.</summary>
    public Term? EvidenceKind => kind;

    public bool IsOfKind(string canonical) => kind?.Canonical == canonical;

    /// <summary>A <c>kind</c> that names no source the law provides (CF0201).</summary>
    public TextValue? UnprovidedKind => Attributes["kind"]?.Value as TextValue;

    public bool IsTestimony => IsOfKind("testimony");

    /// <summary>Whose testimony, opinion or statement this is.</summary>
    public Person? Person => Attributes.Target<Person>("person");

    public Person? ConductedBy => Attributes.Target<Person>("conducted-by");

    /// <summary>Testimony whose person is a suspect, accused or defendant (rules.md).</summary>
    public bool IsTestimonyOfSuspect => IsTestimony && Person?.IsSuspectOrAccused == true;

    public CaseDateTime? Start => start;

    public CaseDateTime? End => Attributes.Date("end");

    /// <summary>"Date" of an evidence item: <c>date</c>, else <c>start</c> (rules.md).</summary>
    public CaseDateTime? Date => date ?? start;

    /// <summary>The attribute that gave <see cref="Date"/>, for ranges.</summary>
    public BoundAttribute? DateAttribute => date is not null ? Attributes["date"] : start is not null ? Attributes["start"] : null;

    /// <summary>The instant rules about an instant use: <c>start</c>, else <c>date</c> (rules.md).</summary>
    public CaseDateTime? Instant => start ?? date;

    public bool IsUrgent => Attributes.Has("urgent");

    public bool IsExcluded => Attributes.Is("status", "excluded");

    /// <summary>Taken in court: <c>place: court</c> or <c>collected-by: court</c> (rules.md).</summary>
    public bool TakenInCourt => Attributes.Is("place", "court") || Attributes.Is("collected-by", "court");

    public IReadOnlyList<Circumstance> Proves => Attributes.Targets<Circumstance>("proves");
}
