namespace Casefile.Cli;

/// <summary>What <c>casefile</c> returns to the shell.</summary>
public static class ExitCodes
{
    /// <summary>No unsuppressed error (warnings and the rest allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one unsuppressed diagnostic of severity error.</summary>
    public const int Errors = 1;

    /// <summary>
    /// The run itself had a problem: bad arguments, a missing path, an unreadable or too large
    /// file, a bad casefile.json, a report that cannot be written. Wins over <see cref="Errors"/>.
    /// </summary>
    public const int UsageOrInput = 2;

    /// <summary>A bug in Casefile.</summary>
    public const int InternalError = 3;
}
