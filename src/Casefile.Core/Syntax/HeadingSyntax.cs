namespace Casefile.Syntax;

/// <summary>A Markdown heading (ATX or setext): its level, whole span and the span of its text.</summary>
public sealed record HeadingSyntax(int Level, TextSpan Span, TextSpan ContentSpan, string Content, int Line);
