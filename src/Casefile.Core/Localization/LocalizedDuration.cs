namespace Casefile.Localization;

/// <summary>A duration as people say it: "5 h 30 min", "5 сағ 30 мин", "5 ч 30 мин".</summary>
public sealed record LocalizedDuration(TimeSpan Value) : ILocalizable
{
    public string Format(Language language)
    {
        var (hours, minutes) = language switch
        {
            Language.Kk => ("сағ", "мин"),
            Language.Ru => ("ч", "мин"),
            _ => ("h", "min"),
        };
        var totalHours = (int)Value.TotalHours;
        return (totalHours, Value.Minutes) switch
        {
            (0, var m) => $"{m} {minutes}",
            (var h, 0) => $"{h} {hours}",
            var (h, m) => $"{h} {hours} {m} {minutes}",
        };
    }
}
