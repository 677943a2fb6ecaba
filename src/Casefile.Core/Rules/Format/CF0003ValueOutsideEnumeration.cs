using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;
using Casefile.Vocabulary;

namespace Casefile.Rules.Format;

/// <summary>A value outside its key's enumeration, or a word where an ID was expected.</summary>
public sealed class CF0003ValueOutsideEnumeration : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0003", "value-outside-enumeration", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var (owner, bag) in context.File.AttributeBags)
        {
            if (!bag.HasProblems)
            {
                continue;
            }

            foreach (var attribute in bag.All)
            {
                foreach (var problem in attribute.Problems)
                {
                    var key = attribute.Syntax.Key;
                    var written = problem.Part.Text;
                    Message? message = problem.Kind switch
                    {
                        AttributeProblemKind.NotInEnumeration when Nearest(problem.Expected!, written) is { } nearest =>
                            context.MessageVariant("Suggestion", written, key, nearest),
                        AttributeProblemKind.NotInEnumeration =>
                            context.Message(written, key, new LocalizedTermList(problem.Expected!.Terms)),
                        AttributeProblemKind.NotAnIdOrWord when problem.Expected is { } words =>
                            context.MessageVariant("NotAnIdOrWord", written, key, LocalizedText.Prefixes(Prefixes(attribute.Key)), new LocalizedTermList(words.Terms)),
                        AttributeProblemKind.NotAnIdOrWord =>
                            context.MessageVariant("NotAnId", written, key, LocalizedText.Prefixes(Prefixes(attribute.Key))),
                        _ => null,
                    };

                    if (message is not null)
                    {
                        context.Report(problem.Part.Span, message, owner);
                    }
                }
            }
        }
    }

    public static string? Nearest(TermSet set, string written) => Suggestions.Nearest(written, set.Terms.SelectMany(t => t.AllForms));

    private static string Prefixes(KeyDefinition key) => key.Shape is ValueShape.Reference reference ? reference.Prefixes : "PECMA";
}
