using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Model;
using Casefile.Syntax;
using Casefile.Vocabulary;

namespace Casefile.Rules.Paragraph04;

/// <summary>
/// Shared by the rules of paragraphs 2–14 that require a key to state a fact (a ground, a
/// transcript, a resolution of a contradiction): whether it does, where to point when it does not,
/// and how an ID list or a case key reads in a message.
/// </summary>
internal static class Stated
{
    /// <summary>
    /// The key holds a fact: a readable, non-empty value that is not the word <c>none</c> (in any
    /// language). "Grounds: none" names no ground, just as an absent key does.
    /// </summary>
    public static bool Has(AttributeBag attributes, string key) =>
        attributes[key] is { IsEmpty: false, Value: { } value } && !IsNoneWord(value);

    /// <summary>
    /// Where a missing fact is reported: the word <c>none</c> when written, the key when its value
    /// is empty, the entity's heading when the key is absent.
    /// </summary>
    public static TextSpan MissingSpan(Entity entity, string key) => entity.Attributes[key] switch
    {
        null => entity.HeadingSpan,
        { IsEmpty: true } attribute => attribute.KeySpan,
        var attribute => attribute.ValueSpan,
    };

    /// <summary>"E-1, E-2".</summary>
    public static string Ids(IEnumerable<Entity> entities) => string.Join(", ", entities.Select(e => e.Id.ToString()));

    /// <summary>"E-1, E-2" from the IDs as written.</summary>
    public static string Ids(IEnumerable<EntityId> ids) => string.Join(", ", ids.Select(id => id.ToString()));

    /// <summary>
    /// A case key of the case the file belongs to: from the file itself, else from the first other
    /// file of the same case that gives it (a case may be split over several files).
    /// </summary>
    public static (CaseFile File, BoundAttribute Attribute)? CaseKey(CaseFile file, string key) => file.Case.Key(key);

    /// <summary>A related location at a case key (the case is not an entity, so <c>RuleContext.At</c> cannot name it).</summary>
    public static RelatedLocation At(CaseFile file, BoundAttribute attribute, Message message) =>
        RuleContext.At(file, attribute, message);

    private static bool IsNoneWord(BoundValue value) => value switch
    {
        TermValue term => term.Is("none"),
        TextValue text => Terms.None.Find(text.Text) is not null,
        _ => false,
    };
}
