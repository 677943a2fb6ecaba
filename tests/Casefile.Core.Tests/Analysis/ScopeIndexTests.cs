using Casefile.Analysis;
using Casefile.Syntax;

namespace Casefile.Tests.Analysis;

/// <summary>The suppression scopes of one code answer as testing every scope would: the narrowest that holds the offset, the first of equals.</summary>
public sealed class ScopeIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_narrowest_scope_is_the_one_a_scan_of_every_scope_finds(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var scopes = new List<(TextSpan Scope, string Reason)>();
            var index = new ScopeIndex();
            for (var i = 0; i < random.Next(1, 40); i++)
            {
                // Nested and touching spans as entities, lists and attributes make them, and arbitrary ones.
                var start = random.Next(200);
                var scope = new TextSpan(start, random.Next(3) == 0 ? random.Next(200) : random.Next(10));
                scopes.Add((scope, "r" + i));
                index.Add(scope, "r" + i);
            }

            for (var offset = 0; offset <= 410; offset++)
            {
                Assert.Equal(Scan(scopes, offset), index.Narrowest(offset));
            }
        }
    }

    private static string? Scan(List<(TextSpan Scope, string Reason)> scopes, int offset)
    {
        string? reason = null;
        var narrowest = int.MaxValue;
        foreach (var (scope, text) in scopes)
        {
            if (scope.IntersectsOrTouches(offset) && scope.Length < narrowest)
            {
                reason = text;
                narrowest = scope.Length;
            }
        }

        return reason;
    }
}
