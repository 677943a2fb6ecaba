using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Syntax;

namespace Casefile.Analysis;

/// <summary>What a rule sees while it checks one file, and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> sink;
    private readonly Func<Evidence, Admissibility>? admissibility;

    internal RuleContext(Rule rule, CaseFile file, List<Diagnostic> sink, Func<Evidence, Admissibility>? admissibility)
    {
        Rule = rule;
        File = file;
        this.sink = sink;
        this.admissibility = admissibility;
    }

    public Rule Rule { get; }

    public CaseFile File { get; }

    public CaseInfo Case => File.Case;

    /// <summary>Whether an item is admissible; only rules of <see cref="RulePhase.Admissibility"/> may ask.</summary>
    public Admissibility AdmissibilityOf(Evidence evidence) =>
        admissibility is null
            ? throw new InvalidOperationException($"{Rule.Descriptor.Code} asked for admissibility but does not run in the admissibility phase.")
            : admissibility(evidence);

    /// <summary>The rule's main message, "{Code}_Message" in Messages.resx.</summary>
    public Message Message(params object?[] arguments) => new($"{Rule.Descriptor.Code}_Message", arguments);

    /// <summary>A variant of the rule's message, "{Code}_{variant}".</summary>
    public Message MessageVariant(string variant, params object?[] arguments) => new($"{Rule.Descriptor.Code}_{variant}", arguments);

    public void Report(TextSpan span, Message message, Entity? entity = null, params RelatedLocation[] related) =>
        Report(span, message, entity?.Id, related);

    public void Report(TextSpan span, Message message, EntityId? entity, IReadOnlyList<RelatedLocation> related) =>
        sink.Add(new Diagnostic(
            Rule.Descriptor,
            Rule.Descriptor.DefaultSeverity,
            File.Path,
            span,
            File.Text.GetRange(span),
            message,
            related,
            entity));

    /// <summary>A related location at an entity's heading, in whichever file of the case defines it.</summary>
    public static RelatedLocation At(Entity entity, Message message) =>
        new(entity.File.Path, entity.HeadingSpan, entity.File.Text.GetRange(entity.HeadingSpan), message);

    /// <summary>A related location at an attribute of an entity.</summary>
    public static RelatedLocation At(Entity entity, BoundAttribute attribute, Message message) => At(entity.File, attribute, message);

    /// <summary>A related location at an attribute (a case key such as <c>registered</c>, or an entity's) of a file.</summary>
    public static RelatedLocation At(CaseFile file, BoundAttribute attribute, Message message) =>
        new(file.Path, attribute.Syntax.KeyAndValueSpan, file.Text.GetRange(attribute.Syntax.KeyAndValueSpan), message);
}
