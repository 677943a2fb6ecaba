using Casefile.Localization;

namespace Casefile.Diagnostics;

/// <summary>
/// What a rule is: its code, a short name, the paragraph of the resolution it rests on (null for
/// format rules) and its default severity. Titles come from Messages.resx as "{Code}_Title".
/// </summary>
public sealed record RuleDescriptor(string Code, string Name, string? Paragraph, Severity DefaultSeverity)
{
    /// <summary>A paragraph rule (CF02xx–CF25xx): its errors make evidence inadmissible.</summary>
    public bool IsParagraphRule => Paragraph is not null;

    public string Title(Language language) => Strings.Get($"{Code}_Title", language);

    /// <summary>The rule's page, relative to the repository root.</summary>
    public string HelpPath => $"docs/rules/{Code}.md";

    public override string ToString() => Code;
}
