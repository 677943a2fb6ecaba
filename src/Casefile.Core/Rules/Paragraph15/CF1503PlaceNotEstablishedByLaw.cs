using Casefile.Analysis;
using Casefile.Diagnostics;
using Casefile.Localization;
using Casefile.Model;

namespace Casefile.Rules.Paragraph15;

/// <summary>
/// Para 15: testimony taken "at a place not established by law (in the street, in a café, in
/// someone else's flat, by taking the person to another locality without grounds …)" is not
/// admissible, except in a situation that brooks no delay (<c>urgent</c>).
/// </summary>
public sealed class CF1503PlaceNotEstablishedByLaw : Rule
{
    private static readonly HashSet<string> BarredPlaces = ["street", "cafe", "foreign-apartment", "other-locality"];

    public override RuleDescriptor Descriptor { get; } = new("CF1503", "place-not-established-by-law", "15", Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            if (!evidence.IsTestimony || evidence.IsUrgent || evidence.Attributes.Term("place") is not { } place || !BarredPlaces.Contains(place.Canonical))
            {
                continue;
            }

            var whose = evidence.Person is { } person ? person.Id.ToString() : "—";
            var related = evidence.Person is { } p ? new[] { RuleContext.At(p, new Message("Related_InterrogatedPerson", p.Id)) } : [];
            context.Report(evidence.Attributes["place"]!.ValueSpan, context.Message(whose, new LocalizedTerm(place)), evidence, related);
        }
    }
}
