using System.Globalization;
using System.Text;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Tests.Properties;

/// <summary>A position as a client sends it: line and column in the negotiated encoding's units.</summary>
public readonly record struct ClientPosition(int Line, int Character)
{
    public override string ToString() => $"{Line}:{Character}";
}

public sealed record ClientRange(ClientPosition Start, ClientPosition End);

/// <summary>One content change of a didChange as a client sends it: a range and its new text, or the whole new text.</summary>
public sealed record ClientEdit(ClientRange? Range, string Text)
{
    public Lsp.TextDocumentContentChangeEvent ToProtocol() =>
        new(Range is { } r ? new Lsp.Range(new Lsp.Position(r.Start.Line, r.Start.Character), new Lsp.Position(r.End.Line, r.End.Character)) : null, Text);

    /// <summary>The change as JSON-RPC serialises it over stdio.</summary>
    public object ToJson() =>
        Range is { } r ? Changes.Replace(r.Start.Line, r.Start.Character, r.End.Line, r.End.Character, Text) : Changes.Full(Text);

    public override string ToString() =>
        Range is { } r ? $"{r.Start}-{r.End} \"{Visible(Text)}\"" : $"full \"{Visible(Text)}\"";

    /// <summary>The text on one line with line breaks and characters outside the Basic Multilingual Plane spelled out, so that a failure report shows them.</summary>
    public static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            visible.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsSurrogate(c) || char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return visible.ToString();
    }
}
