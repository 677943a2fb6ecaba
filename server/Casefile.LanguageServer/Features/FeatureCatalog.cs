using Casefile.LanguageServer.Features.Diagnostics;
using Casefile.LanguageServer.Features.Lifecycle;
using Casefile.LanguageServer.Features.TextSync;
using Casefile.LanguageServer.Features.WorkspaceFiles;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;

namespace Casefile.LanguageServer.Features;

/// <summary>Every feature of the server, created once per session: the one place to add a new one.</summary>
public sealed class FeatureCatalog
{
    public FeatureCatalog(ServerContext context)
    {
        Loader = new WorkspaceLoader(context);
        Lifecycle = new LifecycleFeature(context, () => All, Loader);
        Diagnostics = new DiagnosticsFeature(context);
        Workspace = new WorkspaceFeature(context, Loader);
        Loader.AfterStart = async () =>
        {
            if (Lifecycle.DiagnosticsDelay is { } delay)
            {
                Diagnostics.Delay = delay;
            }

            await Workspace.StartAsync().ConfigureAwait(false);
        };
        All =
        [
            Lifecycle,
            new TextSyncFeature(context),
            Workspace,
            Diagnostics,
        ];
    }

    public WorkspaceLoader Loader { get; }

    public LifecycleFeature Lifecycle { get; }

    public DiagnosticsFeature Diagnostics { get; }

    public WorkspaceFeature Workspace { get; }

    public IReadOnlyList<ILanguageFeature> All { get; } = [];
}
