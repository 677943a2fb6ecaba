using Casefile.Diagnostics;
using Casefile.Localization;

namespace Casefile.Cli.Output;

/// <summary>
/// Messages and titles that cannot take a report down: a text missing from the resources (a rule
/// added without all of them) falls back to English, then to the rule's name.
/// </summary>
public static class Texts
{
    public static string Message(Diagnostic diagnostic, Language language) =>
        OneLine(Try(() => diagnostic.Message.Format(language))
            ?? Try(() => diagnostic.Message.Format(Language.En))
            ?? $"{diagnostic.Rule.Name} ({diagnostic.Message.ResourceName})");

    public static string Message(RelatedLocation related, Language language) =>
        OneLine(Try(() => related.Message.Format(language))
            ?? Try(() => related.Message.Format(Language.En))
            ?? related.Message.ResourceName);

    public static string Title(RuleDescriptor rule, Language language) =>
        OneLine(Try(() => rule.Title(language)) ?? Try(() => rule.Title(Language.En)) ?? rule.Name);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string? Try(Func<string> format)
    {
        try
        {
            return format();
        }
        catch (Exception exception) when (exception is KeyNotFoundException or FormatException or System.Resources.MissingManifestResourceException)
        {
            return null;
        }
    }
}
