using Casefile.Localization;
using Casefile.Vocabulary;

namespace Casefile.Model;

/// <summary>The case-level keys under the level-1 heading.</summary>
public sealed class CaseInfo
{
    internal CaseInfo(AttributeBag attributes)
    {
        Attributes = attributes;
    }

    /// <summary>The case keys written in this file (what format rules check).</summary>
    public AttributeBag Attributes { get; }

    /// <summary>The file these keys are written in.</summary>
    public CaseFile File { get; internal set; } = null!;

    /// <summary>
    /// A case key as the case has it: this file's own, else the first file of the case (in path
    /// order) that gives it a value. A case split over files states its keys once.
    /// </summary>
    public (CaseFile File, BoundAttribute Attribute)? Key(string canonical)
    {
        foreach (var file in SearchOrder())
        {
            if (file.Case.Attributes[canonical] is { Value: not null } attribute)
            {
                return (file, attribute);
            }
        }

        return null;
    }

    /// <summary>Every occurrence of a repeatable case key, from the first file of the case that has any.</summary>
    public (CaseFile File, IReadOnlyList<BoundAttribute> Attributes) Every(string canonical)
    {
        foreach (var file in SearchOrder())
        {
            var found = file.Case.Attributes.Every(canonical).Where(a => a.Value is not null).ToList();
            if (found.Count > 0)
            {
                return (file, found);
            }
        }

        return (File, []);
    }

    /// <summary>Some file of the case writes the key with a value, readable or not.</summary>
    public bool IsWritten(string canonical) => SearchOrder().Any(f => f.Case.Attributes.Has(canonical));

    /// <summary>The file of the case in which a case key's attribute is written.</summary>
    public CaseFile FileOf(BoundAttribute attribute) =>
        SearchOrder().FirstOrDefault(f => f.Case.Attributes.All.Contains(attribute)) ?? File;

    private IEnumerable<CaseFile> SearchOrder() =>
        File?.Group is { } group ? new[] { File }.Concat(group.Files.Where(f => f != File)) : File is null ? [] : [File];

    private BoundValue? Value(string canonical) => Key(canonical)?.Attribute.Value;

    /// <summary>The ERDR number.</summary>
    public string? Number => Attributes.Text("case");

    public Language? Language => Languages.TryParse((Value("language") as TermValue)?.Term.Canonical);

    public bool IsShortenedProcedure => Value("procedure") is TermValue { Term.Canonical: "shortened" };

    /// <summary>At trial or on appeal: the verdict's duties of para 26 apply.</summary>
    public bool IsAtTrialOrAppeal => Value("stage") is TermValue { Term.Canonical: "trial" or "appeal" };

    public CaseDateTime? Registered => (Value("registered") as DateValue)?.Value;

    public CaseDateTime? Deadline => (Value("deadline") as DateValue)?.Value;

    public IReadOnlyList<PeriodValue> Interruptions =>
        Every("interruption").Attributes.Select(a => a.Value).OfType<PeriodValue>().ToList();

    public CasePeriod? Familiarization => (Value("familiarization") as PeriodValue)?.Value;

    public CaseDateTime? IndictmentSent => (Value("indictment-sent") as DateValue)?.Value;

    public CaseDateTime? SentToCourt => (Value("sent-to-court") as DateValue)?.Value;

    public CaseDateTime? WithdrawnForTermination => (Value("withdrawn-for-termination") as DateValue)?.Value;

    public bool? Terminated => (Value("terminated") as TermValue)?.Term.Canonical switch { "yes" => true, "no" => false, _ => null };
}
