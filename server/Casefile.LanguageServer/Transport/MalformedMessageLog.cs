using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Casefile.LanguageServer.Transport;

/// <summary>
/// Receives the stand-in for a message that was not JSON-RPC (see <see cref="LspMessageHandler"/>),
/// logs it, and, when it was a request with a readable id, answers it with <paramref name="errorCode"/>.
/// </summary>
public sealed class MalformedMessageLog(ILogger logger)
{
    [JsonRpcMethod(LspMessageHandler.MalformedMethod, UseSingleObjectParameterDeserialization = false)]
    public void OnMalformedMessage(string description, int errorCode)
    {
        logger.LogWarning("Ignored a message that is not valid JSON-RPC: {Description}", description);
        if (errorCode != 0)
        {
            throw new LocalRpcException($"The message is not valid JSON-RPC: {description}") { ErrorCode = errorCode };
        }
    }
}
