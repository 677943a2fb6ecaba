using System.Text.Json;
using Casefile.Analysis;
using Casefile.Localization;

namespace Casefile.LanguageServer.Workspace;

/// <summary>
/// The editor's settings under "casefile": <c>language</c> (auto, kk, ru, en), <c>rules</c>
/// (severity per code), <c>trace.server</c> (null when the editor does not say). They take
/// precedence over casefile.json.
/// </summary>
public sealed record ServerSettings(Language? Language, RuleSettings Rules, string? Trace)
{
    public static readonly ServerSettings Default = new(null, RuleSettings.Default, null);

    /// <summary>Reads the "casefile" section; anything malformed falls back to the default, never throws.</summary>
    public static ServerSettings From(JsonElement? section)
    {
        if (section is not { ValueKind: JsonValueKind.Object } element)
        {
            return Default;
        }

        Language? language = null;
        if (element.TryGetProperty("language", out var languageElement) && languageElement.ValueKind == JsonValueKind.String)
        {
            language = Languages.TryParse(languageElement.GetString());
        }

        var levels = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        if (element.TryGetProperty("rules", out var rules) && rules.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in rules.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && RuleLevel.Parse(property.Value.GetString()) is { } level)
                {
                    levels[property.Name] = level;
                }
            }
        }

        string? trace = null;
        if (element.TryGetProperty("trace", out var traceElement) && traceElement.ValueKind == JsonValueKind.Object
            && traceElement.TryGetProperty("server", out var server) && server.ValueKind == JsonValueKind.String)
        {
            trace = server.GetString();
        }

        return new ServerSettings(language, new RuleSettings(levels, language), trace);
    }
}
