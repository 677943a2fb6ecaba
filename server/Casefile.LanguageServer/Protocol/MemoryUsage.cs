namespace Casefile.LanguageServer.Protocol;

/// <summary>
/// The answer to <c>casefile/memoryUsage</c>, a request of this server's own (rust-analyzer has
/// <c>rust-analyzer/memoryUsage</c> for the same purpose): what the process holds, beside the
/// amount of text it holds, so that a user or a benchmark can tell whether memory is in proportion.
/// </summary>
/// <param name="ManagedBytes">The managed heap after a full, compacting collection.</param>
/// <param name="WorkingSetBytes">The process's resident memory, runtime included, after that collection.</param>
/// <param name="Documents">Case files and other documents the server holds (open or read from disk).</param>
/// <param name="TextBytes">Their text as UTF-8 bytes, the size it has on disk.</param>
public sealed record MemoryUsage(long ManagedBytes, long WorkingSetBytes, int Documents, long TextBytes);
