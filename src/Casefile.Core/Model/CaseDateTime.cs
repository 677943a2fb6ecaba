using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Casefile.Model;

/// <summary>
/// A date, or a date with a time, in the case's local time. A bare date stands for the whole day,
/// so a rule can ask whether a fact is certain: <see cref="Earliest"/> and <see cref="Latest"/>
/// bound the instant it may stand for, to the minute.
/// </summary>
public readonly record struct CaseDateTime(DateOnly Date, TimeOnly? Time)
{
    public bool HasTime => Time is not null;

    public DateTime Earliest => Date.ToDateTime(Time ?? TimeOnly.MinValue);

    public DateTime Latest => Date.ToDateTime(Time ?? new TimeOnly(23, 59));

    /// <summary>Certainly before <paramref name="other"/>, whatever instants the two stand for.</summary>
    public bool IsCertainlyBefore(CaseDateTime other) => Latest < other.Earliest;

    public bool IsCertainlyAfter(CaseDateTime other) => Earliest > other.Latest;

    public override string ToString() =>
        Time is { } time
            ? $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {time.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The forms of the format: 2024-03-02, 2024-03-02 23:10, 2024-03-02T23:10, 02.03.2024,
    /// 02.03.2024 23:10. Nothing else: no seconds, no zones, no two-digit years.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out CaseDateTime value)
    {
        value = default;
        text = text.Trim();
        ReadOnlySpan<char> datePart;
        ReadOnlySpan<char> timePart = default;
        var separator = text.IndexOfAny(' ', 'T');
        if (separator >= 0)
        {
            datePart = text[..separator];
            timePart = text[(separator + 1)..].TrimStart();
            if (timePart.Length == 0 || (text[separator] == 'T' && timePart.Length != text.Length - separator - 1))
            {
                return false;
            }
        }
        else
        {
            datePart = text;
        }

        if (!TryParseDate(datePart, out var date))
        {
            return false;
        }

        if (timePart.Length == 0)
        {
            value = new CaseDateTime(date, null);
            return true;
        }

        if (!TryParseTime(timePart, out var time))
        {
            return false;
        }

        value = new CaseDateTime(date, time);
        return true;
    }

    // Read by hand rather than with DateOnly.TryParseExact: dates are on nearly every evidence item,
    // and the BCL's general format machinery (culture data, DateTime.Now for defaults) was the
    // largest single cost of building the model. The forms accepted are exactly those of the
    // exact-format parse: two-digit fields, ASCII digits, a real calendar day, years 0001–9999.
    private static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (text.Length != 10)
        {
            return false;
        }

        if (text[4] == '-' && text[7] == '-')
        {
            if (!TryDigits(text[..4], out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else if (text[2] == '.' && text[5] == '.')
        {
            if (!TryDigits(text[..2], out day) || !TryDigits(text.Slice(3, 2), out month) || !TryDigits(text.Slice(6, 4), out year))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryParseTime(ReadOnlySpan<char> text, out TimeOnly time)
    {
        time = default;
        if (text.Length != 5 || text[2] != ':' || !TryDigits(text[..2], out var hour) || !TryDigits(text.Slice(3, 2), out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
