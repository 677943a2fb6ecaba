using System.Globalization;
using System.Text;
using Casefile.Model;

namespace Casefile.Core.Tests.Model;

/// <summary>
/// The hand-written date reader must accept exactly what the exact-format parse of the BCL accepts
/// for the format's five forms, and read the same instant: a speed-up that changed which dates are
/// readable would change diagnostics (CF0004) without anyone noticing.
/// </summary>
public sealed class CaseDateTimeDifferentialTests
{
    private const string Alphabet = "0123456789-.: T0123456789١２x";

    [Fact]
    public void Random_near_dates_are_read_as_the_exact_format_parse_reads_them()
    {
        var random = new Random(20240302);
        var checkedCount = 0;
        foreach (var text in Candidates(random).Take(200_000))
        {
            var expected = Reference(text);
            var actual = CaseDateTime.TryParse(text, out var value) ? value : (CaseDateTime?)null;
            Assert.True(expected == actual, $"'{text}': expected {expected?.ToString() ?? "unreadable"}, read {actual?.ToString() ?? "unreadable"}");
            checkedCount++;
        }

        Assert.Equal(200_000, checkedCount);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("29.02.2024 23:59", true)]
    [InlineData("29.02.2024 24:00", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("2024-03-02T23:10", true)]
    [InlineData("2024-3-2", false)]
    public void Edge_dates_agree_with_the_exact_format_parse(string text, bool readable)
    {
        Assert.Equal(readable, CaseDateTime.TryParse(text, out _));
        Assert.Equal(readable, Reference(text) is not null);
    }

    /// <summary>Strings shaped like the five forms, mutated: most are near misses.</summary>
    private static IEnumerable<string> Candidates(Random random)
    {
        string[] shapes = ["dddd-dd-dd", "dd.dd.dddd", "dddd-dd-dd dd:dd", "dddd-dd-ddTdd:dd", "dd.dd.dddd dd:dd"];
        while (true)
        {
            var builder = new StringBuilder();
            foreach (var c in shapes[random.Next(shapes.Length)])
            {
                builder.Append(c == 'd' ? (char)('0' + (random.Next(10) < 7 ? random.Next(3) : random.Next(10))) : c);
            }

            for (var mutations = random.Next(3); mutations > 0 && builder.Length > 0; mutations--)
            {
                var at = random.Next(builder.Length);
                switch (random.Next(3))
                {
                    case 0: builder.Remove(at, 1); break;
                    case 1: builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default: builder[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                }
            }

            yield return builder.ToString();
        }
    }

    /// <summary>The exact-format reading the format was first implemented with.</summary>
    private static CaseDateTime? Reference(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var separator = trimmed.IndexOfAny(' ', 'T');
        var datePart = separator >= 0 ? trimmed[..separator] : trimmed;
        var timePart = separator >= 0 ? trimmed[(separator + 1)..].TrimStart() : default;
        if (separator >= 0 && (timePart.Length == 0 || (trimmed[separator] == 'T' && timePart.Length != trimmed.Length - separator - 1)))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && !DateOnly.TryParseExact(datePart, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return null;
        }

        if (separator < 0)
        {
            return new CaseDateTime(date, null);
        }

        return TimeOnly.TryParseExact(timePart, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? new CaseDateTime(date, time)
            : null;
    }
}
