namespace Casefile.Syntax;

/// <summary>
/// One <c>key: value</c> list item. <see cref="Value"/> is the text after the colon without the
/// trailing parenthesised comment; lazy continuation lines are joined to it with one space.
/// </summary>
public sealed class AttributeSyntax
{
    private readonly ValueText value;

    internal AttributeSyntax(string key, TextSpan keySpan, ValueText value, ValueText? comment, TextSpan span, int line)
    {
        Key = key;
        KeySpan = keySpan;
        this.value = value;
        Comment = comment;
        Span = span;
        Line = line;
    }

    /// <summary>The key as written.</summary>
    public string Key { get; }

    public TextSpan KeySpan { get; }

    public string Value => value.Text;

    /// <summary>The value's span; for an empty value, the empty span right after the colon.</summary>
    public TextSpan ValueSpan => value.Span;

    /// <summary>The trailing "(…)" comment's text without the parentheses, if any.</summary>
    public ValueText? Comment { get; }

    /// <summary>The whole list item, from the bullet to the end of its last line.</summary>
    public TextSpan Span { get; }

    /// <summary>The zero-based line of the key.</summary>
    public int Line { get; }

    public bool IsEmpty => Value.Length == 0;

    /// <summary>A key of several words: an attribute only if the vocabulary knows it, prose otherwise.</summary>
    public bool HasSeveralWords => Key.Contains(' ');

    /// <summary>The span from the key to the end of the value (and comment): what a diagnostic about the whole attribute covers.</summary>
    public TextSpan KeyAndValueSpan => TextSpan.FromBounds(KeySpan.Start, Math.Max(ValueSpan.End, Comment?.Span.End ?? 0));

    /// <summary>The comma-separated items of a list value, each trimmed, empty ones dropped.</summary>
    public IReadOnlyList<ValueText> ListItems() => value.Split(',');

    public ValueText ValueText => value;

    public override string ToString() => $"{Key}: {Value}";
}
