using System.Reflection;
using Casefile.LanguageServer.Features.Diagnostics;
using Casefile.LanguageServer.Features.Lifecycle;
using Casefile.LanguageServer.Features.TextSync;
using Casefile.LanguageServer.Features.WorkspaceFiles;
using Casefile.LanguageServer.Server;
using Casefile.LanguageServer.Workspace;

namespace Casefile.LanguageServer.Features;

/// <summary>
/// Every feature of the server, created once per session. The session's own features are built
/// here; any other <see cref="ILanguageFeature"/> with a constructor taking a
/// <see cref="ServerContext"/> is found and added, so a new feature is one new folder.
/// </summary>
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

        var discovered = typeof(FeatureCatalog).Assembly.GetTypes()
            .Where(t => typeof(ILanguageFeature).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor([typeof(ServerContext)]) is not null)
            .Where(t => t != typeof(DiagnosticsFeature) && t != typeof(TextSyncFeature))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ILanguageFeature)Activator.CreateInstance(t, context)!);
        All = [Lifecycle, new TextSyncFeature(context), Workspace, Diagnostics, .. discovered];
    }

    public WorkspaceLoader Loader { get; }

    public LifecycleFeature Lifecycle { get; }

    public DiagnosticsFeature Diagnostics { get; }

    public WorkspaceFeature Workspace { get; }

    public IReadOnlyList<ILanguageFeature> All { get; } = [];
}
