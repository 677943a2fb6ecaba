using System.Runtime.InteropServices;

namespace Casefile.Performance;

/// <summary>The facts of the machine a measurement ran on, printed with every table so that a figure is never read without them.</summary>
internal static class MachineFacts
{
    public static IReadOnlyList<(string Name, string Value)> Collect() =>
    [
        ("CPU", CpuModel()),
        ("cores", $"{Environment.ProcessorCount} logical"),
        ("RAM", Ram()),
        ("OS", Os()),
        (".NET", $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier}), server GC {System.Runtime.GCSettings.IsServerGC}"),
        ("load average", LoadAverage()),
        ("date (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public static void Print(TextWriter output)
    {
        output.WriteLine("Machine");
        foreach (var (name, value) in Collect())
        {
            output.WriteLine($"  {name,-13} {value}");
        }

        output.WriteLine();
    }

    /// <summary>The 1-minute load average: on a shared machine, the one number that says whether others were busy.</summary>
    public static string LoadAverage() => ReadFirst("/proc/loadavg") is { } line ? string.Join(' ', line.Split(' ').Take(3)) + " (1, 5, 15 min)" : "unknown";

    private static string CpuModel()
    {
        var model = Lines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var mhz = Lines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("cpu MHz", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : mhz is null ? model : $"{model} ({mhz} MHz)";
    }

    private static string Ram()
    {
        var total = Lines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        if (total is not null && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
        {
            return $"{kb / 1024.0 / 1024.0:F1} GiB";
        }

        return $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0:F1} GiB (as the GC sees it)";
    }

    private static string Os()
    {
        var pretty = Lines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"');
        return pretty is null ? RuntimeInformation.OSDescription : $"{pretty}, kernel {Environment.OSVersion.Version}";
    }

    private static string? ReadFirst(string path) => Lines(path).FirstOrDefault();

    private static IEnumerable<string> Lines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
