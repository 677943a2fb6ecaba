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

    public AttributeBag Attributes { get; }

    /// <summary>The ERDR number.</summary>
    public string? Number => Attributes.Text("case");

    public Language? Language => Languages.TryParse(Attributes.Term("language")?.Canonical);

    public bool IsShortenedProcedure => Attributes.Is("procedure", "shortened");

    /// <summary>At trial or on appeal: the verdict's duties of para 26 apply.</summary>
    public bool IsAtTrialOrAppeal => Attributes.Is("stage", "trial") || Attributes.Is("stage", "appeal");

    public CaseDateTime? Registered => Attributes.Date("registered");

    public CaseDateTime? Deadline => Attributes.Date("deadline");

    public IReadOnlyList<PeriodValue> Interruptions =>
        Attributes.Every("interruption").Select(a => a.Value).OfType<PeriodValue>().ToList();

    public CasePeriod? Familiarization => Attributes.Period("familiarization");

    public CaseDateTime? IndictmentSent => Attributes.Date("indictment-sent");

    public CaseDateTime? SentToCourt => Attributes.Date("sent-to-court");

    public CaseDateTime? WithdrawnForTermination => Attributes.Date("withdrawn-for-termination");

    public bool? Terminated => Attributes.YesNo("terminated");
}
