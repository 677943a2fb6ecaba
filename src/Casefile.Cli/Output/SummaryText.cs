using Casefile.Localization;

namespace Casefile.Cli.Output;

/// <summary>
/// The one-line summary: "2 files, 3 errors, 1 warning". Files, errors and warnings are always
/// counted; information, hints and suppressed diagnostics only when there are any.
/// </summary>
public static class SummaryText
{
    public static string Format(ReportSummary summary, Language language)
    {
        var parts = new List<string>
        {
            Count(summary.Files, language, ("file", "files"), ("файл", "файла", "файлов"), "файл"),
            Count(summary.Errors, language, ("error", "errors"), ("ошибка", "ошибки", "ошибок"), "қате"),
            Count(summary.Warnings, language, ("warning", "warnings"), ("предупреждение", "предупреждения", "предупреждений"), "ескерту"),
        };

        if (summary.Information > 0)
        {
            parts.Add(Count(summary.Information, language, ("information", "information"), ("замечание", "замечания", "замечаний"), "ақпарат"));
        }

        if (summary.Hints > 0)
        {
            parts.Add(Count(summary.Hints, language, ("hint", "hints"), ("подсказка", "подсказки", "подсказок"), "кеңес"));
        }

        if (summary.Suppressed > 0)
        {
            parts.Add(language switch
            {
                Language.Ru => $"подавлено: {summary.Suppressed}",
                Language.Kk => $"басылғаны: {summary.Suppressed}",
                _ => $"{summary.Suppressed} suppressed",
            });
        }

        return string.Join(", ", parts);
    }

    /// <summary>Kazakh nouns do not change after a numeral; Russian ones take one of three forms.</summary>
    private static string Count(int n, Language language, (string One, string Many) en, (string One, string Few, string Many) ru, string kk) =>
        language switch
        {
            Language.Kk => $"{n} {kk}",
            Language.Ru => $"{n} {RussianForm(n, ru)}",
            _ => $"{n} {(n == 1 ? en.One : en.Many)}",
        };

    private static string RussianForm(int n, (string One, string Few, string Many) forms)
    {
        var lastTwo = n % 100;
        var last = n % 10;
        if (lastTwo is >= 11 and <= 14)
        {
            return forms.Many;
        }

        return last switch
        {
            1 => forms.One,
            >= 2 and <= 4 => forms.Few,
            _ => forms.Many,
        };
    }
}
