using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Completion;

/// <summary>
/// What the editor offers at a position, independent of any editor protocol.
/// <see cref="Reader"/> is the language documentation speaks; <see cref="Writing"/>, when set,
/// overrides the language keys and values are inserted in (see <see cref="WritingLanguage"/>).
/// </summary>
public sealed record CompletionOptions(Language Reader, bool Snippets = true)
{
    public Language? Writing { get; init; }
}

/// <summary>
/// Completion in a case file: keys valid for the entity at the cursor, the values of a key (IDs of
/// the right class from the whole case), date templates, and new entities with the next free ID.
/// </summary>
public static class CaseCompletion
{
    public static CompletionResult Complete(CaseFile file, int offset, CompletionOptions options)
    {
        var position = CompletionPositionFinder.Find(file.Syntax, offset);
        if (position is null)
        {
            return CompletionResult.Empty;
        }

        var context = new CompletionScope(file, options.Writing ?? WritingLanguage.Of(file.Syntax), options.Reader, options.Snippets);
        IEnumerable<CompletionCandidate> candidates = position switch
        {
            KeyPosition key => KeyCandidates.For(context, key),
            ValuePosition value => ValueCandidates.For(context, value),
            LineStartPosition start => EntitySnippets.For(context, start),
            _ => [],
        };
        return new CompletionResult(position, candidates.ToList());
    }
}

/// <summary>What every kind of candidate needs: the file (and through it the case), the two languages, whether snippets may be used.</summary>
internal sealed record CompletionScope(CaseFile File, Language Writing, Language Reader, bool Snippets)
{
    public Entity? EntityOf(Syntax.EntitySyntax? syntax) =>
        syntax is null ? null : File.Entities.FirstOrDefault(e => ReferenceEquals(e.Syntax, syntax));

    public string Text(string name) => Strings.Get(name, Reader);

    public string Text(string name, params object[] arguments) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.Get(name, Reader), arguments);
}
