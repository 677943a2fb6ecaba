namespace Casefile.Cli.Output;

/// <summary>Writes a report in one format.</summary>
public interface IReportWriter
{
    void Write(Report report, TextWriter writer);
}
