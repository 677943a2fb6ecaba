using System.Globalization;
using Casefile.Localization;

namespace Casefile.Diagnostics;

/// <summary>
/// A message kept as a resource name and its arguments, so that one analysis can be shown in
/// any of the three languages.
/// </summary>
public sealed record Message(string ResourceName, params object?[] Arguments)
{
    public string Format(Language language)
    {
        var template = Strings.Get(ResourceName, language);
        var arguments = Arguments.Select(a => a switch
        {
            ILocalizable localizable => localizable.Format(language),
            Message message => message.Format(language),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => a?.ToString() ?? string.Empty,
        }).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, template, arguments);
    }

    public override string ToString() => Format(Language.En);
}
