namespace Casefile.Resolution;

/// <summary>
/// One numbered paragraph (тармақ / пункт) of the Supreme Court normative resolution No. 4 of 20 April 2006.
/// </summary>
/// <param name="Number">The paragraph number as printed: "1".."28", "16-1", "16-2", "23-1".</param>
/// <param name="Text">
/// The paragraph's body without its "## N" heading and without its amendment notes;
/// its Markdown paragraphs are joined by "\n\n".
/// </param>
/// <param name="AmendmentNotes">Each amendment note ("Ескерту. …") without the leading "> ", in document order.</param>
public sealed record ResolutionParagraph(string Number, string Text, IReadOnlyList<string> AmendmentNotes);
