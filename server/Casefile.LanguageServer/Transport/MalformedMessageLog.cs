using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Transport;

/// <summary>Receives the stand-in notification for a message that was not JSON-RPC, and logs it.</summary>
public sealed class MalformedMessageLog(ILogger logger)
{
    [JsonRpcMethod(LspMessageHandler.MalformedMethod, UseSingleObjectParameterDeserialization = false)]
    public void OnMalformedMessage(string description) =>
        logger.LogWarning("Ignored a message that is not valid JSON-RPC: {Description}", description);
}
