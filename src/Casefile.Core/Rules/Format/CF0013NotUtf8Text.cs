using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Syntax;

namespace Casefile.Rules.Format;

/// <summary>
/// Bytes that are not UTF-8 text (decoded as U+FFFD) or NUL characters: the file is binary or
/// saved in another encoding, and what the tools read from it may not be what the user wrote.
/// </summary>
public sealed class CF0013NotUtf8Text : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0013", "not-utf8-text", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        var text = context.File.Text.Text;
        var index = text.AsSpan().IndexOfAny('\uFFFD', '\0');
        if (index < 0)
        {
            return;
        }

        var count = text.AsSpan().Count('\uFFFD') + text.AsSpan().Count('\0');
        var variant = text[index] == '\0' ? "Binary" : "Message";
        context.Report(new TextSpan(index, 1), variant == "Binary" ? context.MessageVariant("Binary", count) : context.Message(count));
    }
}
