namespace Casefile.Fuzz.Engine;

/// <summary>
/// The seed of each input, derived from the run's seed and the input's index (SplitMix64), so
/// that any input of a run is made again from two numbers, and one input from its own seed alone.
/// </summary>
public static class Seeds
{
    public static int ForInput(int runSeed, long index)
    {
        var z = unchecked(((ulong)(uint)runSeed << 32) + (ulong)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
