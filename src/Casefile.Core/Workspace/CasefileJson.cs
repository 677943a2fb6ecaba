using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Casefile.Analysis;
using Casefile.Localization;

namespace Casefile.Workspace;

/// <summary>
/// A parsed <c>casefile.json</c>: the message language and per-code levels. Both shapes are read:
/// <c>{ "language": "kk", "rules": { "CF1504": "warning" } }</c> and the flat one of the contract,
/// <c>{ "language": "ru", "CF1504": "warning", "CF0401": "off" }</c>; they may be mixed, a later key
/// winning over an earlier one. Comments and trailing commas are allowed. Nothing is ever thrown:
/// whatever is wrong is listed in <see cref="Problems"/> and the valid parts are still applied.
/// </summary>
public sealed partial class CasefileJson
{
    public const string FileName = "casefile.json";

    private CasefileJson(Language? language, IReadOnlyDictionary<string, RuleLevel> levels, IReadOnlyList<CasefileJsonProblem> problems)
    {
        Language = language;
        Levels = levels;
        Problems = problems;
    }

    /// <summary>A file with no settings and no problems.</summary>
    public static CasefileJson Empty { get; } = new(null, new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase), []);

    public Language? Language { get; }

    /// <summary>Levels by code (upper case; looked up case-insensitively).</summary>
    public IReadOnlyDictionary<string, RuleLevel> Levels { get; }

    public IReadOnlyList<CasefileJsonProblem> Problems { get; }

    public bool HasProblems => Problems.Count > 0;

    public RuleSettings ToSettings() => new(Levels, Language);

    /// <summary>Reads the text of a casefile.json; never throws.</summary>
    public static CasefileJson Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var parser = new Parser(bytes);
        return parser.Run();
    }

    /// <summary>A casefile.json that exists but could not be read.</summary>
    public static CasefileJson Unreadable(string reason) =>
        new(null, new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase), [new CasefileJsonProblem($"The file cannot be read: {reason}", null, null)]);

    [GeneratedRegex(@"^CF\d{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\s*(Path: .*?)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();

    private const string LevelWords = "error, warning, information, hint or off";

    private sealed class Parser(byte[] bytes)
    {
        private readonly Dictionary<string, RuleLevel> levels = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<CasefileJsonProblem> problems = [];
        private Language? language;
        private int[]? lineStarts;

        public CasefileJson Run()
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });

            try
            {
                if (!reader.Read())
                {
                    problems.Add(new CasefileJsonProblem("The file is empty: write a JSON object such as { \"language\": \"kk\" }.", 1, 1));
                }
                else if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Problem(ref reader, "casefile.json must contain a JSON object, such as { \"language\": \"kk\", \"rules\": { \"CF1504\": \"warning\" } }.");
                    reader.Skip();
                }
                else
                {
                    ReadTopLevel(ref reader);
                }

                // Anything after the object is an error; the reader throws on it.
                while (reader.Read())
                {
                }
            }
            catch (JsonException exception)
            {
                problems.Add(FromException(exception));
            }

            return new CasefileJson(language, levels, problems);
        }

        private void ReadTopLevel(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = ReadString(ref reader);
                var nameReader = reader;
                reader.Read();
                if (string.Equals(name, "language", StringComparison.OrdinalIgnoreCase))
                {
                    ReadLanguage(ref reader);
                }
                else if (string.Equals(name, "rules", StringComparison.OrdinalIgnoreCase))
                {
                    ReadRules(ref reader);
                }
                else if (name == "$schema")
                {
                    reader.Skip();
                }
                else if (CodePattern().IsMatch(name))
                {
                    ReadLevel(ref reader, name);
                }
                else
                {
                    Problem(ref nameReader, $"Unknown setting '{name}': expected \"language\", \"rules\" or a diagnostic code such as \"CF1504\".");
                    reader.Skip();
                }
            }
        }

        private void ReadLanguage(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                Problem(ref reader, $"\"language\" must be a string: \"kk\", \"ru\" or \"en\", not {Describe(reader.TokenType)}.");
                reader.Skip();
                return;
            }

            var text = ReadString(ref reader);
            if (Languages.TryParse(text) is { } parsed)
            {
                language = parsed;
            }
            else
            {
                Problem(ref reader, $"Unknown language '{text}': expected \"kk\", \"ru\" or \"en\".");
            }
        }

        private void ReadRules(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Problem(ref reader, $"\"rules\" must be an object such as {{ \"CF1504\": \"warning\" }}, not {Describe(reader.TokenType)}.");
                reader.Skip();
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var code = ReadString(ref reader);
                var codeReader = reader;
                reader.Read();
                if (!CodePattern().IsMatch(code))
                {
                    Problem(ref codeReader, $"'{code}' is not a diagnostic code: codes are CF and four digits, such as \"CF1504\".");
                    reader.Skip();
                    continue;
                }

                ReadLevel(ref reader, code);
            }
        }

        /// <summary>
        /// A well-formed code that no rule of this version has (CF9999) is accepted silently: a
        /// workspace may be configured for a newer version of Casefile.
        /// </summary>
        private void ReadLevel(ref Utf8JsonReader reader, string code)
        {
            code = code.ToUpperInvariant();
            if (reader.TokenType != JsonTokenType.String)
            {
                Problem(ref reader, $"The level of {code} must be a string ({LevelWords}), not {Describe(reader.TokenType)}.");
                reader.Skip();
                return;
            }

            var word = ReadString(ref reader);
            if (RuleLevel.Parse(word) is { } level)
            {
                levels[code] = level;
            }
            else
            {
                Problem(ref reader, $"Unknown level '{word}' for {code}: expected {LevelWords}.");
            }
        }

        /// <summary>
        /// A string's value; one with an escaped lone surrogate ("\ud800"), which GetString refuses
        /// with an InvalidOperationException, as it is written, so that it is reported like any
        /// other unknown word.
        /// </summary>
        private static string ReadString(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                return Encoding.UTF8.GetString(reader.ValueSpan);
            }
        }

        private static string Describe(JsonTokenType type) => type switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => "a " + type.ToString().ToLowerInvariant(),
        };

        private void Problem(ref Utf8JsonReader reader, string message)
        {
            var (line, column) = PositionOf((int)reader.TokenStartIndex);
            problems.Add(new CasefileJsonProblem(message, line, column));
        }

        private CasefileJsonProblem FromException(JsonException exception)
        {
            var message = PositionSuffix().Replace(exception.Message, string.Empty).Trim();
            if (message.Length == 0)
            {
                message = "The file is not valid JSON.";
            }

            message = "Invalid JSON: " + message;
            if (exception.LineNumber is not { } lineNumber || exception.BytePositionInLine is not { } bytePosition)
            {
                return new CasefileJsonProblem(message, null, null);
            }

            // System.Text.Json counts lines by '\n' and columns in bytes; report UTF-16 columns.
            var line = (int)lineNumber;
            var lineStart = 0;
            for (var i = 0; i < line; i++)
            {
                var next = Array.IndexOf(bytes, (byte)'\n', lineStart);
                if (next < 0)
                {
                    break;
                }

                lineStart = next + 1;
            }

            var end = (int)Math.Min(bytes.Length, lineStart + bytePosition);
            var column = Encoding.UTF8.GetCharCount(bytes, lineStart, Math.Max(0, end - lineStart));
            return new CasefileJsonProblem(message, line + 1, column + 1);
        }

        /// <summary>A byte offset as a 1-based line and 1-based UTF-16 column.</summary>
        private (int Line, int Column) PositionOf(int offset)
        {
            lineStarts ??= ComputeLineStarts(bytes);
            var index = Array.BinarySearch(lineStarts, offset);
            var line = index >= 0 ? index : ~index - 1;
            var start = lineStarts[line];
            var column = Encoding.UTF8.GetCharCount(bytes, start, Math.Max(0, Math.Min(offset, bytes.Length) - start));
            return (line + 1, column + 1);
        }

        private static int[] ComputeLineStarts(byte[] data)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < data.Length; i++)
            {
                if (data[i] == '\r')
                {
                    if (i + 1 < data.Length && data[i + 1] == '\n')
                    {
                        i++;
                    }

                    starts.Add(i + 1);
                }
                else if (data[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return [.. starts];
        }
    }
}

/// <summary>Something wrong in a casefile.json, with its 1-based line and UTF-16 column when known.</summary>
public sealed record CasefileJsonProblem(string Message, int? Line, int? Column)
{
    /// <summary>"3:14: message", or the message alone when the position is unknown.</summary>
    public override string ToString() => Line is { } line ? $"{line}:{Column ?? 1}: {Message}" : Message;
}
