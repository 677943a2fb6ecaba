using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Navigation;
using Casefile.Syntax;

namespace Casefile.Fixes;

/// <summary>One diagnostic and what its fixes need to know about the file it was found in.</summary>
internal sealed class FixContext
{
    private readonly Lazy<TextLayout> layout;
    private readonly Lazy<Language> language;

    public FixContext(FileAnalysis analysis, Diagnostic diagnostic)
    {
        Analysis = analysis;
        Diagnostic = diagnostic;
        layout = new Lazy<TextLayout>(() => new TextLayout(File.Syntax));
        language = new Lazy<Language>(() => FileLanguage.Of(File));
        Entity = FindEntity();
    }

    public FileAnalysis Analysis { get; }

    public Diagnostic Diagnostic { get; }

    public CaseFile File => Analysis.Model;

    public SourceText Text => File.Text;

    public TextLayout Layout => layout.Value;

    /// <summary>The language keys, values and texts are written in.</summary>
    public Language Language => language.Value;

    /// <summary>The entity the diagnostic concerns, if any.</summary>
    public Entity? Entity { get; }

    public string Code => Diagnostic.Code;

    public Message Title(string name, params object?[] arguments) => new($"Fix_{name}", arguments);

    /// <summary>A fixed text in the file's language.</summary>
    public string Write(string name, params object?[] arguments) => new Message($"Fix_{name}", arguments).Format(Language);

    /// <summary>The attribute (of the case or of the entity) whose list item holds the diagnostic's start.</summary>
    public AttributeSyntax? AttributeAtDiagnostic()
    {
        var owner = SyntaxLocator.OwnerAt(File.Syntax, Diagnostic.Span.Start);
        var attributes = owner?.Attributes ?? File.Syntax.CaseAttributes;
        return attributes.FirstOrDefault(a => a.Span.IntersectsOrTouches(Diagnostic.Span.Start) && a.Span.Start <= Diagnostic.Span.Start);
    }

    private Entity? FindEntity()
    {
        if (Diagnostic.Entity is not { } id)
        {
            return null;
        }

        return File.Entities.FirstOrDefault(e => e.Id == id && e.Syntax.FullSpan.IntersectsOrTouches(Diagnostic.Span.Start))
            ?? File.Entities.FirstOrDefault(e => e.Id == id);
    }
}
