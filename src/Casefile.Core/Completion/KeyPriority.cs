using Casefile.Vocabulary;

namespace Casefile.Completion;

/// <summary>
/// The order keys are offered in: the ones every entity of its kind needs first (an evidence item's
/// kind, person, date …), then those the resolution asks about for that kind of evidence or that
/// role of person, then the rest in the format's order.
/// </summary>
internal static class KeyPriority
{
    private static readonly string[] EvidenceCommon =
        ["kind", "person", "conducted-by", "date", "start", "end", "place", "lawyer", "rights-explained", "proves", "action", "source-of-knowledge", "status"];

    private static readonly Dictionary<string, string[]> ByEvidenceKind = new(StringComparer.Ordinal)
    {
        ["testimony"] = ["person", "conducted-by", "start", "end", "place", "lawyer", "rights-explained", "source-of-knowledge", "proves", "read-out", "read-out-ground", "complaint", "contradicts"],
        ["expert-opinion"] = ["person", "appointed-by", "appointment-resolution", "date", "question", "conclusion", "packaging", "participants-familiarized", "expertise-order-violated", "contains-confession", "preferred-over", "proves"],
        ["specialist-opinion"] = ["person", "appointed-by", "date", "question", "conclusion", "proves"],
        ["physical-evidence"] = ["date", "recognized-by-resolution", "seizure-protocol", "packaging", "proves"],
        ["protocol"] = ["action", "conducted-by", "start", "end", "date", "place", "urgent", "attesting-witnesses", "signed-by", "lawyer", "rights-explained", "proves"],
        ["document"] = ["person", "date", "submitted-by", "original", "proves"],
        ["audio-video"] = ["date", "submitted-by", "examination-protocol", "covert", "legal-basis", "original", "disputed", "expertise-possible", "proves"],
        ["operational-material"] = ["date", "origin-source", "origin-method", "origin-conditions", "classified", "proves"],
        ["covert-action-result"] = ["covert-action", "target", "restricts-rights", "sanction-by", "sanction-date", "urgent-resolution-date", "prosecutor-notified", "provocation", "date", "proves"],
    };

    private static readonly Dictionary<string, string[]> ByRole = new(StringComparer.Ordinal)
    {
        ["suspect"] = ["lawyer", "refused-to-testify", "convicted-in-separated-case"],
        ["accused"] = ["lawyer", "refused-to-testify", "convicted-in-separated-case"],
        ["defendant"] = ["lawyer", "refused-to-testify", "convicted-in-separated-case"],
        ["witness-with-defence-right"] = ["lawyer", "refused-to-testify"],
        ["defender"] = ["removal-grounds"],
        ["investigator"] = ["authorized"],
        ["inquirer"] = ["authorized"],
        ["judge"] = ["authorized"],
        ["investigating-judge"] = ["authorized"],
        ["prosecutor"] = ["rank", "authorized"],
        ["expert"] = ["competence", "interested", "warned-of-liability"],
        ["specialist"] = ["competence", "interested", "warned-of-liability"],
        ["attesting-witness"] = ["affiliation", "interested"],
        ["witness"] = ["warned-of-liability", "refused-to-testify", "interested", "convicted-in-separated-case"],
        ["victim"] = ["warned-of-liability", "refused-to-testify"],
    };

    /// <summary>The rank of each key of the kind, lower first. <paramref name="subtype"/> is the evidence's kind or the person's role.</summary>
    public static IReadOnlyDictionary<KeyDefinition, int> For(EntityKind kind, string? subtype)
    {
        var first = kind switch
        {
            EntityKind.Evidence => ["kind", .. ByEvidenceKind.GetValueOrDefault(subtype ?? string.Empty, []), .. EvidenceCommon],
            EntityKind.Person => ["role", .. ByRole.GetValueOrDefault(subtype ?? string.Empty, []), "lawyer"],
            _ => Array.Empty<string>(),
        };

        var ranks = new Dictionary<KeyDefinition, int>();
        foreach (var canonical in first)
        {
            ranks.TryAdd(Keys.Get(kind, canonical), ranks.Count);
        }

        foreach (var key in Keys.For(kind))
        {
            ranks.TryAdd(key, ranks.Count);
        }

        return ranks;
    }
}
