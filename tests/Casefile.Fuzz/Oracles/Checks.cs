using System.Text;
using Casefile.Analysis;
using Casefile.Completion;
using Casefile.Diagnostics;
using Casefile.Fixes;
using Casefile.LanguageServer.Features.CodeLens;
using Casefile.LanguageServer.Features.Folding;
using Casefile.LanguageServer.Features.InlayHints;
using Casefile.LanguageServer.Features.SemanticTokens;
using Casefile.LanguageServer.Workspace;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Navigation;
using Casefile.Presentation;
using Casefile.Syntax;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.Fuzz.Oracles;

/// <summary>How much of the per-position and per-diagnostic work one input gets.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>Random positions per file the per-position entry points are asked at (besides the edges of diagnostics and IDs).</summary>
    public int RandomPositions { get; init; } = 6;

    /// <summary>Positions taken from the edges of diagnostics, IDs and the text.</summary>
    public int InterestingPositions { get; init; } = 6;

    /// <summary>Diagnostics per file whose quick-fixes are computed.</summary>
    public int FixedDiagnostics { get; init; } = 8;

    /// <summary>Fixes per input whose edits are applied and the result analysed again.</summary>
    public int AppliedFixes { get; init; } = 2;

    /// <summary>Every position of a file up to this length instead of a sample: what replaying a small regression file does.</summary>
    public int AllPositionsUpTo { get; init; }

    /// <summary>Checks the same analysis for the text with LF, CRLF and CR line ends, one input in this many.</summary>
    public int LineEndsEvery { get; init; } = 3;
}

/// <summary>What one input reached: the codes reported, for the coverage summary.</summary>
public sealed class CheckReport
{
    public HashSet<string> Codes { get; } = new(StringComparer.Ordinal);

    public int Diagnostics { get; set; }

    public int Calls { get; set; }
}

/// <summary>
/// Runs Core's entry points on an input the way the CLI and the server call them, and checks the
/// oracles: no exception; every span inside its text, on whole characters and whole line ends,
/// with line and column as the text gives them; the same analysis twice, in either file order,
/// and (for one input in <see cref="CheckOptions.LineEndsEvery"/>) for LF, CRLF and CR line ends;
/// quick-fix edits that apply; a rename that moves every occurrence; semantic tokens in order and
/// on one line; outline selections inside their ranges; completion edits on one line around the
/// cursor; encodings that convert back. A broken property throws <see cref="FuzzFailure"/>.
/// </summary>
public static class Checks
{
    private static readonly Language[] AllLanguages = [Language.En, Language.Kk, Language.Ru];

    public static CheckReport Run(FuzzInput input, CheckOptions? options = null)
    {
        options ??= CheckOptions.Default;
        var report = new CheckReport();
        var random = new Random(input.PositionSeed);
        var settings = input.Config is { } config ? ReadConfig(config) : input.Settings.ToRuleSettings();

        var syntaxes = Call("CaseFileParser.Parse", () => input.Files.Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList());
        foreach (var syntax in syntaxes)
        {
            CheckSyntax(syntax);
        }

        var analysis = Call("Analyzer.Analyze", () => Analyzer.Analyze(syntaxes, _ => settings));
        if (analysis.Files.Count != input.Files.Count)
        {
            throw new FuzzFailure("analysis", $"Analyzer.Analyze: {input.Files.Count} files in, {analysis.Files.Count} out");
        }

        var texts = analysis.Files.ToDictionary(f => f.Path, f => f.Model.Text, StringComparer.Ordinal);
        foreach (var file in analysis.Files)
        {
            CheckDiagnostics(file, texts, report);
        }

        // Determinism: a fresh parse and analysis of the same text, and the files in the other order.
        var fingerprint = Fingerprint(analysis);
        var again = Call("Analyzer.Analyze", () => Analyzer.Analyze(input.Files.Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList(), _ => settings));
        Same("determinism", "the same text analysed twice", fingerprint, Fingerprint(again));
        if (input.Files.Count > 1)
        {
            var reversed = Call("Analyzer.Analyze", () => Analyzer.Analyze(input.Files.Reverse().Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList(), _ => settings));
            Same("file-order", "the files of a case given in the other order", fingerprint, Fingerprint(reversed));
        }

        if (options.LineEndsEvery > 0 && random.Next(options.LineEndsEvery) == 0)
        {
            CheckLineEnds(input, settings);
        }

        var fixesLeft = options.AppliedFixes;
        foreach (var file in analysis.Files)
        {
            CheckWholeFile(file, analysis, report);
            foreach (var offset in Positions(file, random, options))
            {
                CheckPosition(file, analysis, offset, random, report);
            }

            foreach (var diagnostic in file.AllDiagnostics.OrderBy(_ => random.Next()).Take(options.FixedDiagnostics))
            {
                fixesLeft -= CheckFixes(file, analysis, diagnostic, input, settings, fixesLeft > 0, random, report);
            }
        }

        return report;
    }

    /// <summary>
    /// One call of every whole-file entry point and a few per-position ones, without the
    /// repeated and cross-checking work: what a scaling check times at two sizes.
    /// </summary>
    public static void LinearPass(FuzzInput input) => LinearPass(input, null, (_, step) => step());

    /// <summary>
    /// The linear pass with each step handed to <paramref name="run"/> under its name, so that a
    /// profile can time the steps one by one; the per-position entry points are asked at
    /// <paramref name="positions"/> (by default the start, a third, the middle and the end).
    /// </summary>
    public static void LinearPass(FuzzInput input, IReadOnlyList<int>? positions, Action<string, Action> run)
    {
        IReadOnlyList<CaseFileSyntax> syntaxes = [];
        run("CaseFileParser.Parse", () => syntaxes = input.Files.Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList());
        AnalysisResult analysis = null!;
        run("Analyzer.Analyze", () => analysis = Analyzer.Analyze(syntaxes));
        foreach (var file in analysis.Files)
        {
            var model = file.Model;
            run("CaseOutline.Build", () => CaseOutline.Build(file, Language.En));
            run("IdOccurrences.InFile", () => IdOccurrences.InFile(model));
            run("CaseTokens.For", () => CaseTokens.For(model));
            run("CaseFolding.For", () => CaseFolding.For(model.Syntax));
            run("CaseHints.For", () => CaseHints.For(model, Language.En));
            run("CaseLenses.For", () => CaseLenses.For(file, file.AdmissibilityOf, Language.En));
            run("IdRename.NextFreeId", () =>
            {
                foreach (var prefix in EntityId.Prefixes)
                {
                    _ = IdRename.NextFreeId(model.Group, prefix);
                }
            });

            foreach (var offset in positions ?? [0, model.Text.Length / 3, model.Text.Length / 2, model.Text.Length])
            {
                run("SyntaxLocator.At", () => SyntaxLocator.At(model.Syntax, offset));
                run("Hovers.At", () => Hovers.At(new HoverRequest(file, offset, Language.En, MarkupFormat.Markdown) { CaseFiles = analysis.Files }));
                run("CaseCompletion.Complete", () => CaseCompletion.Complete(model, offset, new CompletionOptions(Language.En)));
                run("IdOccurrences.At", () => IdOccurrences.At(model, offset));
            }

            run("QuickFixes.For", () =>
            {
                foreach (var diagnostic in file.AllDiagnostics.Take(3))
                {
                    foreach (var fix in QuickFixes.For(file, diagnostic))
                    {
                        _ = fix.Edits;
                    }
                }
            });
        }
    }

    /// <summary>casefile.json "never throws": its problems carry positions inside the text, and its settings are what the analysis then runs with.</summary>
    private static RuleSettings ReadConfig(string text)
    {
        var config = Call("CasefileJson.Parse", () => Workspace.CasefileJson.Parse(text));
        var lines = new SourceText(text).LineCount;
        foreach (var problem in config.Problems)
        {
            if (string.IsNullOrWhiteSpace(problem.Message) || problem.Line is < 1 || problem.Line > lines + 1 || problem.Column is < 1)
            {
                throw new FuzzFailure("config", $"CasefileJson.Parse: problem '{Show(problem.ToString())}' at line {problem.Line} column {problem.Column} of {lines} lines");
            }
        }

        return config.ToSettings();
    }

    private static void CheckSyntax(CaseFileSyntax syntax)
    {
        var text = syntax.Text;
        void Heading(HeadingSyntax heading, string what)
        {
            Inside(text, heading.Span, what + " heading");
            Inside(text, heading.ContentSpan, what + " heading content");
            var written = text[heading.ContentSpan];
            if (!written.Contains('\n') && !written.Contains('\r') && written != heading.Content)
            {
                // Setext headings join their lines with one space; a heading on one line is its span's text.
                throw new FuzzFailure("syntax", $"CaseFileParser: heading content '{Show(heading.Content)}' differs from its span's text '{Show(written)}'");
            }
        }

        void Attribute(AttributeSyntax attribute)
        {
            Inside(text, attribute.Span, "attribute");
            Inside(text, attribute.KeySpan, "attribute key");
            Inside(text, attribute.ValueSpan, "attribute value");
            if (text[attribute.KeySpan] != attribute.Key)
            {
                throw new FuzzFailure("syntax", $"CaseFileParser: key '{Show(attribute.Key)}' differs from its span's text '{Show(text[attribute.KeySpan])}'");
            }

            if (attribute.Comment is { } comment)
            {
                Inside(text, comment.Span, "attribute comment");
            }

            foreach (var item in attribute.ListItems())
            {
                Inside(text, item.Span, "list item");
            }
        }

        if (syntax.CaseHeading is { } caseHeading)
        {
            Heading(caseHeading, "case");
        }

        foreach (var attribute in syntax.CaseAttributes)
        {
            Attribute(attribute);
        }

        foreach (var entity in syntax.Entities)
        {
            Heading(entity.Heading, "entity");
            Inside(text, entity.FullSpan, "entity");
            Inside(text, entity.IdSpan, "entity ID");
            Inside(text, entity.TitleSpan, "entity title");
            if (text[entity.IdSpan] != entity.Id.ToString())
            {
                throw new FuzzFailure("syntax", $"CaseFileParser: the ID {entity.Id} is written '{Show(text[entity.IdSpan])}'");
            }

            foreach (var attribute in entity.Attributes)
            {
                Attribute(attribute);
            }
        }

        foreach (var section in syntax.SectionHeadings)
        {
            Heading(section, "section");
        }

        foreach (var suppression in syntax.Suppressions)
        {
            Inside(text, suppression.Span, "suppression");
            foreach (var code in suppression.Codes)
            {
                Inside(text, code.Span, "suppressed code");
            }
        }

        foreach (var malformed in syntax.MalformedEntityHeadings)
        {
            Inside(text, malformed.IdSpan, "malformed heading ID");
        }
    }

    private static void CheckDiagnostics(FileAnalysis file, Dictionary<string, SourceText> texts, CheckReport report)
    {
        var text = file.Model.Text;
        foreach (var diagnostic in file.AllDiagnostics)
        {
            report.Codes.Add(diagnostic.Code);
            report.Diagnostics++;
            var what = $"{diagnostic.Code} diagnostic";
            if (diagnostic.Path != file.Path)
            {
                throw new FuzzFailure("span", $"{what}: reported for {diagnostic.Path} in the analysis of {file.Path}");
            }

            Inside(text, diagnostic.Span, what);
            OnBoundaries(text, diagnostic.Span, what);
            if (diagnostic.Range != text.GetRange(diagnostic.Span))
            {
                throw new FuzzFailure("span", $"{what}: range {diagnostic.Range} but its span {diagnostic.Span} is at {text.GetRange(diagnostic.Span)}");
            }

            foreach (var language in AllLanguages)
            {
                var message = Call($"{diagnostic.Code} message", () => diagnostic.Format(language));
                if (string.IsNullOrWhiteSpace(message))
                {
                    throw new FuzzFailure("message", $"{what}: empty message in {language}");
                }
            }

            foreach (var related in diagnostic.Related)
            {
                if (!texts.TryGetValue(related.Path, out var relatedText))
                {
                    throw new FuzzFailure("span", $"{what}: related location in {related.Path}, not a file of the analysis");
                }

                Inside(relatedText, related.Span, what + " related location");
                OnBoundaries(relatedText, related.Span, what + " related location");
                if (related.Range != relatedText.GetRange(related.Span))
                {
                    throw new FuzzFailure("span", $"{what}: related range {related.Range} but its span {related.Span} is at {relatedText.GetRange(related.Span)}");
                }

                foreach (var language in AllLanguages)
                {
                    Call($"{diagnostic.Code} related message", () => related.Message.Format(language));
                }
            }

            // What an editor is sent: positions in UTF-8 and UTF-32 columns, which must lead back to the same place.
            foreach (var offset in new[] { diagnostic.Span.Start, diagnostic.Span.End })
            {
                foreach (var encoding in new[] { PositionEncodingKind.Utf8, PositionEncodingKind.Utf32 })
                {
                    var position = Call("PositionEncoding.ToLsp", () => encoding.ToLsp(text, text.GetPosition(offset)));
                    var back = Call("PositionEncoding.ToOffset", () => encoding.ToOffset(text, new Lsp.Position(position.Line, position.Character)));
                    if (back != offset)
                    {
                        throw new FuzzFailure("encoding", $"PositionEncoding {encoding}: offset {offset} is {position.Line}:{position.Character}, which leads back to {back}");
                    }
                }
            }
        }
    }

    private static void CheckWholeFile(FileAnalysis file, AnalysisResult analysis, CheckReport report)
    {
        var model = file.Model;
        var text = model.Text;
        report.Calls++;

        foreach (var language in AllLanguages)
        {
            var outline = Call("CaseOutline.Build", () => CaseOutline.Build(file, language));
            CheckOutline(text, outline, null);
        }

        var occurrences = Call("IdOccurrences.InFile", () => IdOccurrences.InFile(model));
        var previous = -1;
        foreach (var occurrence in occurrences)
        {
            Inside(text, occurrence.Span, "ID occurrence");
            if (text[occurrence.Span] != occurrence.Id.ToString())
            {
                throw new FuzzFailure("occurrence", $"IdOccurrences.InFile: {occurrence.Kind} of {occurrence.Id} is written '{Show(text[occurrence.Span])}'");
            }

            if (occurrence.Span.Start < previous)
            {
                throw new FuzzFailure("occurrence", "IdOccurrences.InFile: occurrences out of source order");
            }

            previous = occurrence.Span.Start;
        }

        foreach (var prefix in EntityId.Prefixes)
        {
            // The ID a rename suggests, and the one completion and the create-entity fix give a new entity.
            foreach (var (entry, next) in new[]
            {
                ("IdRename.NextFreeId", Call("IdRename.NextFreeId", () => IdRename.NextFreeId(model.Group, prefix))),
                ("NextFreeId.For", Call("NextFreeId.For", () => NextFreeId.For(model.Group, prefix))),
            })
            {
                if (!EntityId.TryParse(next.ToString(), out var parsed) || parsed != next || next.Prefix != prefix)
                {
                    throw new FuzzFailure("next-id", $"{entry}: '{next}' for {prefix}- is not an ID");
                }
            }
        }

        var tokens = Call("CaseTokens.For", () => CaseTokens.For(model));
        var end = 0;
        foreach (var token in tokens)
        {
            Inside(text, token.Span, $"semantic token {token.Type}");
            var written = text[token.Span];
            if (token.Span.Length == 0 || token.Span.Start < end || written.Contains('\n') || written.Contains('\r'))
            {
                throw new FuzzFailure("tokens", $"CaseTokens: token {token.Type} at {token.Span} ('{Show(written)}') is empty, overlaps the one before (ending at {end}) or spans lines");
            }

            end = token.Span.End;
        }

        foreach (var fold in Call("CaseFolding.For", () => CaseFolding.For(model.Syntax)))
        {
            if (fold.StartLine < 0 || fold.EndLine < fold.StartLine || fold.EndLine >= text.LineCount)
            {
                throw new FuzzFailure("folding", $"CaseFolding: lines {fold.StartLine}–{fold.EndLine} of {text.LineCount}");
            }
        }

        foreach (var language in AllLanguages)
        {
            foreach (var hint in Call("CaseHints.For", () => CaseHints.For(model, language)))
            {
                if (hint.Offset < 0 || hint.Offset > text.Length || string.IsNullOrEmpty(hint.Label))
                {
                    throw new FuzzFailure("hints", $"CaseHints: '{hint.Label}' at {hint.Offset} of {text.Length}");
                }
            }

            var admissibility = AdmissibilityAcross(analysis);
            foreach (var lens in Call("CaseLenses.For", () => CaseLenses.For(file, admissibility, language)))
            {
                Inside(text, lens.Span, "code lens");
            }
        }
    }

    private static Func<Evidence, Admissibility> AdmissibilityAcross(AnalysisResult analysis)
    {
        var byModel = analysis.Files.ToDictionary(f => f.Model, f => f);
        return evidence => byModel.TryGetValue(evidence.File, out var file) ? file.AdmissibilityOf(evidence) : Admissibility.Admissible;
    }

    private static void CheckOutline(SourceText text, IReadOnlyList<OutlineNode> nodes, OutlineNode? parent)
    {
        foreach (var node in nodes)
        {
            Inside(text, node.Span, $"outline node '{Show(node.Name)}'");
            Inside(text, node.SelectionSpan, $"outline selection '{Show(node.Name)}'");
            if (node.SelectionSpan.Start < node.Span.Start || node.SelectionSpan.End > node.Span.End)
            {
                throw new FuzzFailure("outline", $"CaseOutline: the selection {node.SelectionSpan} of '{Show(node.Name)}' is outside its range {node.Span}");
            }

            if (parent is not null && (node.Span.Start < parent.Span.Start || node.Span.End > parent.Span.End))
            {
                throw new FuzzFailure("outline", $"CaseOutline: '{Show(node.Name)}' {node.Span} is outside its parent '{Show(parent.Name)}' {parent.Span}");
            }

            CheckOutline(text, node.Children, node);
        }
    }

    private static IEnumerable<int> Positions(FileAnalysis file, Random random, CheckOptions options)
    {
        var length = file.Model.Text.Length;
        if (length <= options.AllPositionsUpTo)
        {
            return Enumerable.Range(0, length + 1);
        }

        var interesting = new List<int> { 0, length };
        interesting.AddRange(file.AllDiagnostics.SelectMany(d => new[] { d.Span.Start, d.Span.End }));
        interesting.AddRange(file.Model.Entities.SelectMany(e => new[] { e.Syntax.IdSpan.Start, e.Syntax.IdSpan.End, e.Syntax.Heading.Span.End }));
        interesting.AddRange(file.Model.Syntax.Suppressions.Select(s => s.Span.End));
        var positions = new SortedSet<int>();
        for (var i = 0; i < options.InterestingPositions && interesting.Count > 0; i++)
        {
            positions.Add(interesting[random.Next(interesting.Count)]);
        }

        for (var i = 0; i < options.RandomPositions; i++)
        {
            positions.Add(random.Next(length + 1));
        }

        return positions;
    }

    private static void CheckPosition(FileAnalysis file, AnalysisResult analysis, int offset, Random random, CheckReport report)
    {
        var model = file.Model;
        var text = model.Text;
        report.Calls++;
        var where = $" at {offset}";

        var target = Call("SyntaxLocator.At", () => SyntaxLocator.At(model.Syntax, offset));
        Inside(text, target.Span, "syntax target" + where);

        var language = AllLanguages[random.Next(AllLanguages.Length)];
        var format = random.Next(2) == 0 ? MarkupFormat.Markdown : MarkupFormat.PlainText;
        var hover = Call("Hovers.At", () => Hovers.At(new HoverRequest(file, offset, language, format) { CaseFiles = analysis.Files }));
        if (hover is not null)
        {
            Inside(text, hover.Span, "hover" + where);
            if (string.IsNullOrWhiteSpace(hover.Content))
            {
                throw new FuzzFailure("hover", $"Hovers.At: empty content{where}");
            }
        }

        var options = new CompletionOptions(language, Snippets: random.Next(2) == 0) { Writing = random.Next(3) == 0 ? AllLanguages[random.Next(3)] : null };
        var completion = Call("CaseCompletion.Complete", () => CaseCompletion.Complete(model, offset, options));
        foreach (var candidate in completion.Candidates)
        {
            Inside(text, candidate.Replace, $"completion '{Show(candidate.Label)}'{where}");
            var replaced = text[candidate.Replace];
            if (candidate.Replace.Start > offset || candidate.Replace.End < offset || replaced.Contains('\n') || replaced.Contains('\r'))
            {
                throw new FuzzFailure("completion", $"CaseCompletion: '{Show(candidate.Label)}' replaces {candidate.Replace} ('{Show(replaced)}'), which does not hold the cursor{where} on one line");
            }

            OnBoundaries(text, candidate.Replace, $"completion '{Show(candidate.Label)}'");
            if (candidate.InsertText is null || candidate.Label.Length == 0)
            {
                throw new FuzzFailure("completion", $"CaseCompletion: a candidate without label or text{where}");
            }
        }

        if (Call("IdOccurrences.At", () => IdOccurrences.At(model, offset)) is { } occurrence)
        {
            CheckRename(analysis, occurrence, random);
        }
    }

    private static void CheckRename(AnalysisResult analysis, IdOccurrence occurrence, Random random)
    {
        var group = occurrence.File.Group;
        var all = Call("IdOccurrences.Find", () => IdOccurrences.Find(group, occurrence.Id));
        foreach (var found in all)
        {
            Inside(found.File.Text, found.Span, "ID occurrence");
            if (found.File.Text[found.Span] != occurrence.Id.ToString())
            {
                throw new FuzzFailure("occurrence", $"IdOccurrences.Find: {found.Kind} of {occurrence.Id} is written '{Show(found.File.Text[found.Span])}'");
            }
        }

        var next = Call("IdRename.NextFreeId", () => IdRename.NextFreeId(group, occurrence.Id.Prefix));
        var newName = random.Next(6) switch
        {
            0 => "X-1",
            1 => " " + next + " ",
            2 => group.Files.SelectMany(f => f.Entities).Select(e => e.Id.ToString()).DefaultIfEmpty(string.Empty).First(),
            3 => occurrence.Id.Prefix + "-2147483647",
            _ => next.ToString(),
        };
        var outcome = Call("IdRename.Plan", () => IdRename.Plan(group, occurrence.Id, newName));
        switch (outcome)
        {
            case RenameRefused refused:
                foreach (var language in AllLanguages)
                {
                    Call("IdRename refusal", () => refused.Reason.Format(language));
                }

                return;
            case RenamePlan plan when plan.From != plan.To:
                var byFile = plan.Occurrences.GroupBy(o => o.File).ToDictionary(g => g.Key.Path, g => g.ToList(), StringComparer.Ordinal);
                var renamed = group.Files.Select(f => new FuzzFile(
                    f.Path,
                    byFile.TryGetValue(f.Path, out var edits)
                        ? FileEdit.Apply(f.Text.Text, edits.Select(o => new FileEdit(f.Path, f.Text, o.Span, plan.To.ToString())))
                        : f.Text.Text)).ToList();
                var result = Call("Analyzer.Analyze (renamed)", () => Analyzer.Analyze(renamed.Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList()));
                var after = result.Files[0].Model.Group.Files.SelectMany(IdOccurrences.InFile).ToList();
                var moved = after.Count(o => o.Id == plan.To);
                if (moved != plan.Occurrences.Count || after.Any(o => o.Id == plan.From))
                {
                    throw new FuzzFailure("rename", $"IdRename: {plan.From} → {plan.To} planned {plan.Occurrences.Count} edits; afterwards {moved} occurrences of {plan.To} and {after.Count(o => o.Id == plan.From)} of {plan.From}");
                }

                return;
        }
    }

    /// <summary>Computes the fixes of a diagnostic and checks their edits; applies one when <paramref name="apply"/>. Returns how many were applied.</summary>
    private static int CheckFixes(FileAnalysis file, AnalysisResult analysis, Diagnostic diagnostic, FuzzInput input, RuleSettings settings, bool apply, Random random, CheckReport report)
    {
        var fixes = Call($"QuickFixes.For {diagnostic.Code}", () => QuickFixes.For(file, diagnostic));
        report.Calls++;
        var texts = analysis.Files.ToDictionary(f => f.Path, f => f.Model.Text, StringComparer.Ordinal);
        Fix? chosen = null;
        foreach (var fix in fixes)
        {
            foreach (var language in AllLanguages)
            {
                Call($"{diagnostic.Code} fix title", () => fix.Title.Format(language));
            }

            var edits = Call($"Fix.Edits {diagnostic.Code} {fix.Id}", () => fix.Edits);
            foreach (var edit in edits)
            {
                var what = $"{diagnostic.Code} fix '{fix.Id}' edit";
                if (!texts.TryGetValue(edit.Path, out var text))
                {
                    throw new FuzzFailure("fix", $"QuickFixes: {what} in {edit.Path}, not a file of the case");
                }

                if (edit.Text.Text != text.Text)
                {
                    throw new FuzzFailure("fix", $"QuickFixes: {what} was made for another text of {edit.Path}");
                }

                Inside(text, edit.Span, what);
                OnBoundaries(text, edit.Span, what);
            }

            if (Call("QuickFixes.Find", () => QuickFixes.Find(file, diagnostic, fix.Id)) is null)
            {
                throw new FuzzFailure("fix", $"QuickFixes.Find: {diagnostic.Code} fix '{fix.Id}' is not found again by its ID");
            }

            if (chosen is null || random.Next(3) == 0)
            {
                chosen = fix;
            }
        }

        if (!apply || chosen is null)
        {
            return 0;
        }

        // The edited case must still be read: whatever a fix writes is text the analysis can take.
        var changed = input.Files.Select(f => new FuzzFile(f.Path, FileEdit.Apply(f.Text, chosen.Edits.Where(e => e.Path == f.Path)))).ToList();
        var result = Call($"Analyzer.Analyze (after {diagnostic.Code} fix '{chosen.Id}')", () => Analyzer.Analyze(changed.Select(f => CaseFileParser.Parse(f.Path, f.Text)).ToList(), _ => settings));
        var resultTexts = result.Files.ToDictionary(f => f.Path, f => f.Model.Text, StringComparer.Ordinal);
        foreach (var fixedFile in result.Files)
        {
            CheckDiagnostics(fixedFile, resultTexts, report);
        }

        return 1;
    }

    /// <summary>The analysis for the text with LF, CRLF and CR line ends gives the same diagnostics at the same lines and columns.</summary>
    private static void CheckLineEnds(FuzzInput input, RuleSettings settings)
    {
        string Positions(string newline)
        {
            var files = input.Files.Select(f => CaseFileParser.Parse(f.Path, Sources.Oddities.WithLineEnds(f.Text, newline))).ToList();
            var result = Call("Analyzer.Analyze (line ends)", () => Analyzer.Analyze(files, _ => settings));
            var builder = new StringBuilder();
            foreach (var file in result.Files)
            {
                builder.Append("== ").Append(file.Path).Append('\n');
                foreach (var d in file.AllDiagnostics)
                {
                    builder.Append(d.Code).Append(' ').Append(d.Severity).Append(' ').Append(d.Range).Append(' ').Append(d.IsSuppressed).Append(' ').Append(d.Format(Language.En)).Append('\n');
                }
            }

            return builder.ToString();
        }

        var lf = Positions("\n");
        Same("line-ends", "the text with CRLF line ends instead of LF", lf, Positions("\r\n"));
        Same("line-ends", "the text with CR line ends instead of LF", lf, Positions("\r"));
    }

    private static string Fingerprint(AnalysisResult analysis)
    {
        var builder = new StringBuilder();
        foreach (var file in analysis.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            builder.Append("== ").Append(file.Path).Append('\n');
            foreach (var d in file.AllDiagnostics)
            {
                builder.Append(d.Code).Append(' ').Append(d.Severity).Append(' ').Append(d.Span).Append(' ').Append(d.Range).Append(' ')
                    .Append(d.SuppressionReason).Append(' ').Append(d.Entity).Append(' ').Append(d.Format(Language.En)).Append('\n');
                foreach (var related in d.Related)
                {
                    builder.Append("  ").Append(related.Path).Append(' ').Append(related.Span).Append(' ').Append(related.Message.Format(Language.En)).Append('\n');
                }
            }

            foreach (var (evidence, admissibility) in file.AdmissibilityByEvidence.OrderBy(p => p.Key.Syntax.IdSpan.Start))
            {
                builder.Append("  ").Append(evidence.Id).Append(admissibility.IsAdmissible ? " admissible" : " inadmissible").Append('\n');
            }
        }

        return builder.ToString();
    }

    private static void Same(string oracle, string what, string expected, string actual)
    {
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var index = 0;
        while (index < expectedLines.Length && index < actualLines.Length && expectedLines[index] == actualLines[index])
        {
            index++;
        }

        var first = index < expectedLines.Length ? expectedLines[index] : "(nothing)";
        var second = index < actualLines.Length ? actualLines[index] : "(nothing)";
        throw new FuzzFailure(oracle, $"{what}: differs\n  was: {Show(first)}\n  now: {Show(second)}");
    }

    private static void Inside(SourceText text, TextSpan span, string what)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new FuzzFailure("span", $"{what}: span {span} outside the text of length {text.Length}");
        }
    }

    /// <summary>A span that starts or ends inside a CRLF or between the halves of a surrogate pair cuts a character an editor cannot place a cursor in.</summary>
    private static void OnBoundaries(SourceText text, TextSpan span, string what)
    {
        foreach (var offset in new[] { span.Start, span.End })
        {
            if (offset > 0 && offset < text.Length)
            {
                var before = text.Text[offset - 1];
                var after = text.Text[offset];
                if (before == '\r' && after == '\n')
                {
                    throw new FuzzFailure("span", $"{what}: span {span} has an end between CR and LF");
                }

                if (char.IsHighSurrogate(before) && char.IsLowSurrogate(after))
                {
                    throw new FuzzFailure("span", $"{what}: span {span} has an end between the halves of a surrogate pair");
                }
            }
        }
    }

    /// <summary>Calls an entry point; an exception from it is a failure named after the entry point and the frame that threw.</summary>
    private static T Call<T>(string entry, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (FuzzFailure)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new FuzzFailure("exception", $"{entry}: {exception.GetType().Name} at {FailureSignature.TopFrame(exception)}\n{exception}");
        }
    }

    private static string Show(string text)
    {
        var shown = text.Length > 80 ? text[..80] + "…" : text;
        var builder = new StringBuilder();
        foreach (var c in shown)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
