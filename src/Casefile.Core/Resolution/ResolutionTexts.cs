using System.Globalization;
using Casefile.Localization;

namespace Casefile.Resolution;

/// <summary>
/// The embedded texts of the resolution No. 4 of 20 April 2006: the official Kazakh text (restored verbatim from
/// the published text) and unofficial Russian and English translations with the same paragraph structure.
/// </summary>
public static class ResolutionTexts
{
    private const string ResourcePrefix = "Casefile.Resolution.resolution.";

    private static readonly Lazy<ResolutionDocument>[] Documents =
    [
        .. Enum.GetValues<Language>().Select(language =>
            new Lazy<ResolutionDocument>(() => Load(language), LazyThreadSafetyMode.ExecutionAndPublication)),
    ];

    /// <summary>The 31 paragraph numbers of the resolution in document order.</summary>
    public static IReadOnlyList<string> ParagraphNumbers { get; } =
    [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "16-1", "16-2",
        "17", "18", "19", "20", "21", "22", "23", "23-1", "24", "25", "26", "27", "28",
    ];

    /// <summary>The official Kazakh text, verbatim.</summary>
    public static ResolutionDocument Kazakh => Get(Language.Kk);

    /// <summary>The text in <paramref name="language"/>, loaded from the embedded resources once and cached.</summary>
    public static ResolutionDocument Get(Language language)
    {
        var index = Array.IndexOf(Enum.GetValues<Language>(), language);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        }

        return Documents[index].Value;
    }

    /// <summary>The name of the embedded Markdown resource holding the text in <paramref name="language"/>.</summary>
    internal static string ResourceName(Language language) => $"{ResourcePrefix}{language.Code()}.md";

    /// <summary>The embedded Markdown text in <paramref name="language"/>, exactly as shipped.</summary>
    internal static string ReadMarkdown(Language language)
    {
        var name = ResourceName(language);
        // The project embeds the texts with WithCulture="false": MSBuild would otherwise read
        // "resolution.kk.md" as a kk-culture resource and move it into a satellite assembly.
        using var stream = typeof(ResolutionTexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"The embedded resource \"{name}\" with the resolution text in {language.Code()} is missing from "
                + $"{typeof(ResolutionTexts).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static ResolutionDocument Load(Language language)
    {
        var document = ResolutionDocument.Parse(language, ReadMarkdown(language));
        var numbers = document.Paragraphs.Select(p => p.Number).ToArray();
        if (!numbers.SequenceEqual(ParagraphNumbers, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"The embedded resolution text {ResourceName(language)} has the paragraphs {string.Join(", ", numbers)}; "
                + $"expected {string.Join(", ", ParagraphNumbers)}.");
        }

        return document;
    }
}
