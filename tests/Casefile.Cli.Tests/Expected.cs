using Casefile.Analysis;
using Casefile.Localization;

namespace Casefile.Cli.Tests;

/// <summary>What the core itself says, so that tests do not copy message texts that translators may change.</summary>
public static class Expected
{
    public static string Message(string caseText, string code, Language language) =>
        Analyzer.AnalyzeText("x.case.md", caseText).Diagnostics.First(d => d.Code == code).Message.Format(language);
}
