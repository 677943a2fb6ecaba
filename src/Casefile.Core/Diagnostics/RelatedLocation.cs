using Casefile.Syntax;

namespace Casefile.Diagnostics;

/// <summary>Another place involved in a diagnostic: the interrogated person, the conflicting opinion …</summary>
public sealed record RelatedLocation(string Path, TextSpan Span, LineRange Range, Message Message);
