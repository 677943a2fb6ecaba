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

    private static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryParseTime(ReadOnlySpan<char> text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
