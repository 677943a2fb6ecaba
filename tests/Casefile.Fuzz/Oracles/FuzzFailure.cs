namespace Casefile.Fuzz.Oracles;

/// <summary>An oracle's verdict on an input: which property broke and how.</summary>
public sealed class FuzzFailure(string oracle, string detail) : Exception($"{oracle}: {detail}")
{
    /// <summary>The property that broke: "exception", "span", "determinism", "line-ends", "hang", "super-linear" …</summary>
    public string Oracle { get; } = oracle;

    public string Detail { get; } = detail;
}

/// <summary>What a failure is, for telling whether a smaller input still fails "the same way" while minimising.</summary>
public sealed record FailureSignature(string Oracle, string Where)
{
    public static FailureSignature Of(Exception exception) => exception switch
    {
        FuzzFailure { Oracle: "exception" } failure => new("exception", failure.Detail.Split('\n')[0]),
        FuzzFailure failure => new(failure.Oracle, FirstWords(failure.Detail)),
        _ => new("exception", exception.GetType().Name + " at " + TopFrame(exception)),
    };

    /// <summary>The first frame of the project's code in the stack: the place that threw or let the exception through.</summary>
    public static string TopFrame(Exception exception)
    {
        var frames = (exception.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var ours = frames.FirstOrDefault(f => f.Contains("Casefile.", StringComparison.Ordinal) && !f.Contains("Casefile.Fuzz", StringComparison.Ordinal))
            ?? frames.FirstOrDefault()
            ?? "?";
        var inIndex = ours.IndexOf(" in ", StringComparison.Ordinal);
        return (inIndex > 0 ? ours[..inIndex] : ours).Replace("at ", string.Empty, StringComparison.Ordinal).Trim();
    }

    private static string FirstWords(string detail)
    {
        // Property failures name the entry point first ("CaseTokens: overlap …"): that is what must keep failing.
        var colon = detail.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? detail[..colon] : detail;
    }

    public override string ToString() => $"{Oracle} ({Where})";
}
