using Casefile.Analysis;
using Casefile.Diagnostics;

namespace Casefile.Fixes;

/// <summary>
/// The quick-fixes rules.md allows for a diagnostic, computed from the diagnostic and the model,
/// without any editor protocol: correct a misspelt key or value, create a referenced entity,
/// insert a missing key as a placeholder, mark the evidence excluded with its ground, draft a
/// motion to exclude it, suppress with a reason to write. None writes a fact that makes a problem
/// vanish.
/// </summary>
public static class QuickFixes
{
    /// <summary>Every fix for the diagnostic (one of <paramref name="analysis"/>'s), in the order an editor should list them.</summary>
    public static IReadOnlyList<Fix> For(FileAnalysis analysis, Diagnostic diagnostic)
    {
        if (diagnostic.IsSuppressed)
        {
            return [];
        }

        var context = new FixContext(analysis, diagnostic);
        return
        [
            .. SpellingFixes.For(context),
            .. EntityCreation.For(context),
            .. PlaceholderFixes.For(context),
            .. ExclusionFixes.For(context),
            .. SuppressionFixes.For(context),
        ];
    }

    /// <summary>The fix with this <see cref="Fix.Id"/> for the diagnostic, or null when it is no longer offered.</summary>
    public static Fix? Find(FileAnalysis analysis, Diagnostic diagnostic, string id) =>
        For(analysis, diagnostic).FirstOrDefault(f => f.Id == id);
}
