using System.Text;

namespace Casefile.LanguageServer.Tests;

/// <summary>casefile/memoryUsage: what the server holds, beside the text it holds.</summary>
public sealed class MemoryUsageTests
{
    [Fact]
    public async Task Memory_usage_counts_the_documents_and_their_text_in_UTF8_bytes()
    {
        using var workspace = new TempWorkspace();
        const string onDisk = "# Criminal case 1\n- case: 1\n\n### P-1 Бекова Әйгерім\n- role: victim\n";
        workspace.Write("disk.case.md", onDisk);
        await using var client = LspClient.Start();
        await client.InitializeAsync(workspace.Root);
        await client.WaitForDiagnosticsAsync(workspace.UriOf("disk.case.md"));
        const string open = "# Criminal case 2\n- case: 2\n";
        await client.OpenAsync(workspace.UriOf("open.case.md"), open);
        await client.WaitForDiagnosticsAsync(workspace.UriOf("open.case.md"));

        var usage = await client.RequestAsync("casefile/memoryUsage", null);

        Assert.Equal(2, usage.GetProperty("documents").GetInt32());
        Assert.Equal(Encoding.UTF8.GetByteCount(onDisk) + Encoding.UTF8.GetByteCount(open), usage.GetProperty("textBytes").GetInt64());
        var managed = usage.GetProperty("managedBytes").GetInt64();
        Assert.InRange(managed, 100_000, usage.GetProperty("workingSetBytes").GetInt64());
    }
}
