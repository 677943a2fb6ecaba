using System.Diagnostics;
using System.Runtime;
using System.Text;
using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;
using StreamJsonRpc;
using Lsp = Casefile.LanguageServer.Protocol;

namespace Casefile.LanguageServer.Features.MemoryUsage;

/// <summary>
/// <c>casefile/memoryUsage</c>: the server's memory after a full collection, beside the size of
/// the text it holds. Nothing of the documents' content leaves the server, only sizes.
/// </summary>
public sealed class MemoryUsageFeature(ServerContext context) : ILanguageFeature
{
    void ILanguageFeature.AddCapabilities(JsonObject capabilities, ClientCapabilities client)
    {
    }

    [JsonRpcMethod("casefile/memoryUsage")]
    public Lsp.MemoryUsage MemoryUsage()
    {
        // Compacting the large-object heap too: a soak that compares memory before and after
        // must not read fragmentation as growth.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        using var process = Process.GetCurrentProcess();
        var documents = context.State.Documents.Values.ToList();
        var textBytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text.Text));
        return new Lsp.MemoryUsage(managed, process.WorkingSet64, documents.Count, textBytes);
    }
}
