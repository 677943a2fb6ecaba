using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// How LSP messages are (de)serialised: camelCase names, nulls omitted, Cyrillic unescaped. A
/// message whose shape breaks the specification fails to deserialise (and is answered with
/// InvalidParams, or ignored if it is a notification) instead of reaching a handler half-empty:
/// a null where the protocol type says non-null is refused, and so is a missing <c>uri</c>,
/// <c>textDocument</c>, <c>position</c>, <c>range</c>, <c>text</c> or <c>contentChanges</c>,
/// which LSP 3.17 always requires where a type declares them non-nullable.
/// </summary>
public static class JsonOptions
{
    private static readonly HashSet<string> AlwaysRequired = new(StringComparer.Ordinal) { "uri", "textDocument", "position", "range", "text", "contentChanges" };

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        options.AllowTrailingCommas = true;
        options.RespectNullableAnnotations = true;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequireWhatLspRequires } };
    }

    private static void RequireWhatLspRequires(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Namespace != typeof(Protocol.Position).Namespace)
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (AlwaysRequired.Contains(property.Name) && !property.IsSetNullable)
            {
                property.IsRequired = true;
            }
        }
    }
}
