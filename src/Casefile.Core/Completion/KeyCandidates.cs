using Casefile.Model;
using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>The keys valid for the entity (or the case) at the cursor that it does not have yet, unless they may repeat.</summary>
internal static class KeyCandidates
{
    public static IEnumerable<CompletionCandidate> For(CompletionScope scope, KeyPosition position)
    {
        var attributes = position.Entity?.Attributes ?? scope.File.Syntax.CaseAttributes;
        var present = attributes
            .Where(a => a.Line != position.Line)
            .Select(a => Keys.Find(position.Owner, a.Key))
            .OfType<KeyDefinition>()
            .ToHashSet();

        var entity = scope.EntityOf(position.Entity);
        var subtype = entity switch
        {
            Evidence evidence => evidence.EvidenceKind?.Canonical,
            Person person => person.Role?.Canonical,
            _ => null,
        };
        var ranks = KeyPriority.For(position.Owner, subtype);
        var bullet = position.BulletOnly ? scope.File.Text.Text[position.Replace.Start] : '-';

        foreach (var key in Keys.For(position.Owner))
        {
            if (present.Contains(key) && !key.Repeatable)
            {
                continue;
            }

            var label = key.Term.FormIn(scope.Writing);
            var insert = position switch
            {
                { BulletOnly: true } => $"{bullet} {label}: ",
                { HasColon: true } => label,
                _ => $"{label}: ",
            };
            var filter = KeyDocumentation.FilterText(label, key.Term);
            yield return new CompletionCandidate(label, CandidateKind.Key, insert, position.Replace)
            {
                FilterText = position.BulletOnly ? $"{bullet} {filter}" : filter,
                SortText = ranks[key].ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                Detail = KeyDocumentation.Summary(scope, key.Shape),
                Description = KeyDocumentation.OtherSpellings(label, key.Term),
                Documentation = KeyDocumentation.For(scope, key),
                OffersMoreAfter = !position.HasColon && HasValueCompletion(scope, key.Shape),
            };
        }
    }

    private static bool HasValueCompletion(CompletionScope scope, ValueShape shape) => shape switch
    {
        ValueShape.Enumeration or ValueShape.Reference or ValueShape.TextOrReference or ValueShape.Text { AllowsNone: true } => true,
        ValueShape.DateTime or ValueShape.Period or ValueShape.PeriodWithReason => scope.Snippets,
        _ => false,
    };
}
