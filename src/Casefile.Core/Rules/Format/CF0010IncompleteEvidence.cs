using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Rules.Format;

/// <summary>Evidence without <c>kind</c>, or without <c>date</c>/<c>start</c>: no rule could judge it.</summary>
public sealed class CF0010IncompleteEvidence : Rule
{
    public override RuleDescriptor Descriptor { get; } = new("CF0010", "incomplete-evidence", null, Severity.Error);

    public override void Check(RuleContext context)
    {
        foreach (var evidence in context.File.Evidence)
        {
            // A value that is present but unreadable is CF0003/CF0004, not missing.
            var hasKind = evidence.Attributes.Has("kind");
            var hasDate = evidence.Attributes.Has("date") || evidence.Attributes.Has("start");
            var message = (hasKind, hasDate) switch
            {
                (false, false) => context.MessageVariant("Both", evidence.Id),
                (false, true) => context.MessageVariant("Kind", evidence.Id),
                (true, false) => context.MessageVariant("Date", evidence.Id),
                _ => null,
            };

            if (message is not null)
            {
                context.Report(evidence.HeadingSpan, message, evidence);
            }
        }
    }
}
