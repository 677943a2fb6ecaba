using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Features.CodeLens;

/// <summary>
/// The document for a reading request with the analysis of its whole folder (facts may cross
/// files), both from one state. The analysis service cancels an analysis once a newer state is
/// analysed (the settings pulled right after initialize, another file loaded or edited); that is
/// no cancellation by the client, so when the document itself did not change the request goes on
/// with the newer state rather than answer RequestCancelled, which would leave the editor without
/// lenses, hints or colours until the next edit. When the document did change, positions no
/// longer mean the same: ContentModified.
/// </summary>
public static class CurrentDocument
{
    private const int Attempts = 3;

    public static async Task<(DocumentContext Document, FolderAnalysis Folder)?> GetAsync(ServerContext context, string uri, CancellationToken cancellationToken)
    {
        uri = DocumentUris.Normalize(uri);
        var state = context.State;
        if (state.Find(uri) is not { } requested)
        {
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var folder = await context.AnalyzeFolderAsync(state, DocumentUris.FolderOf(uri), cancellationToken).ConfigureAwait(false);
                if (!folder.Files.TryGetValue(uri, out var file))
                {
                    return null;
                }

                var document = new DocumentContext(file.Snapshot, file.Analysis, state, context.LanguageFor(file.Analysis), context.Encoding);
                return (document, folder);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var latest = context.State;
                if (attempt >= Attempts || latest.Find(uri)?.Generation != requested.Generation)
                {
                    throw new LocalRpcException("The document changed while the request was computed.") { ErrorCode = Protocol.ErrorCodes.ContentModified };
                }

                state = latest;
            }
        }
    }
}
