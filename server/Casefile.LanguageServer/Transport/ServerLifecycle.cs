namespace Casefile.LanguageServer.Transport;

/// <summary>Where the server is in LSP's lifecycle: initialize, initialized, shutdown, exit.</summary>
public enum LifecycleState
{
    WaitingForInitialize,
    Initializing,
    Running,
    ShutDown,
}

public sealed class ServerLifecycle
{
    private int state = (int)LifecycleState.WaitingForInitialize;

    public LifecycleState State => (LifecycleState)Volatile.Read(ref state);

    public bool ShutdownRequested => State == LifecycleState.ShutDown;

    /// <summary>Moves from <paramref name="from"/> to <paramref name="to"/>; false when the server was elsewhere.</summary>
    public bool TryMove(LifecycleState from, LifecycleState to) =>
        Interlocked.CompareExchange(ref state, (int)to, (int)from) == (int)from;

    public void Set(LifecycleState to) => Volatile.Write(ref state, (int)to);
}
