namespace Casefile.Cli.Tests;

/// <summary>Case files the tests write. <see cref="Clean"/> has no diagnostics; the others add one controlled format problem.</summary>
public static class Samples
{
    public const string Clean = """
        # Criminal case 1
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ### P-1 Bekov
        - role: suspect

        ### E-1 Interrogation
        - kind: testimony
        - person: P-1
        - date: 2024-03-02
        - proves: C-1

        ### C-1 Event
        - element: event

        """;

    /// <summary>Line 4, column 10: CF0003 (error) on "trail".</summary>
    public const string WrongStage = """
        # Criminal case 1
        - case: 245100031000123
        - registered: 2024-03-01 10:15
        - stage: trail

        ### P-1 Bekov
        - role: suspect

        ### E-1 Interrogation
        - kind: testimony
        - person: P-1
        - date: 2024-03-02
        - proves: C-1

        ### C-1 Event
        - element: event

        """;

    /// <summary>Line 13, column 3: CF0002 (warning) on the unknown key "bogus" of E-1.</summary>
    public const string UnknownKeyOnEvidence = """
        # Criminal case 1
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ### P-1 Bekov
        - role: suspect

        ### E-1 Interrogation
        - kind: testimony
        - person: P-1
        - date: 2024-03-02
        - proves: C-1
        - bogus: 1

        ### C-1 Event
        - element: event

        """;

    /// <summary>
    /// The same file as another case: files in one folder with the same case number are one case
    /// and share their IDs, so neighbours need numbers of their own.
    /// </summary>
    public static string AsCase(string text, int number) =>
        text.Replace("- case: 245100031000123", $"- case: 2451000310001{number:D2}", StringComparison.Ordinal);

    public static string WithCaseKey(string text, string keyLine) =>
        text.ReplaceLineEndings("\n").Replace("- registered: 2024-03-01 10:15\n", $"- registered: 2024-03-01 10:15\n{keyLine}\n", StringComparison.Ordinal);
}
