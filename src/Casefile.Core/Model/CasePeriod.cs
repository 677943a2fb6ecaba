namespace Casefile.Model;

/// <summary><c>FROM .. TO</c>, both bounds inclusive: a bare date at either end covers that whole day.</summary>
public readonly record struct CasePeriod(CaseDateTime From, CaseDateTime To)
{
    public bool EndsBeforeItBegins => To.Latest < From.Earliest;

    /// <summary>The instant <paramref name="value"/> stands for lies inside the period whatever it is.</summary>
    public bool CertainlyContains(CaseDateTime value) => value.Earliest >= From.Earliest && value.Latest <= To.Latest;

    public override string ToString() => $"{From} .. {To}";
}
