namespace Casefile.LanguageServer.Tests;

/// <summary>Small case files the tests open.</summary>
public static class Samples
{
    /// <summary>A night interrogation of a suspect without a lawyer: CF1504, CF1505, CF1001.</summary>
    public const string NightInterrogation = """
        # Criminal case 245100031000123
        - case: 245100031000123
        - registered: 2024-03-01 10:15

        ### P-1 Bekov Bolat
        - role: suspect

        ### P-7 Seitov Arman
        - role: investigator

        ### E-1 Interrogation of the suspect
        - kind: testimony
        - person: P-1
        - conducted-by: P-7
        - start: 2024-03-02 23:10
        - end: 2024-03-03 04:30
        - lawyer: none
        - rights-explained: no
        - proves: C-1

        ### C-1 The event of the crime
        - element: event
        - charged: yes
        """;
}
