using System.Text.Json.Nodes;
using Casefile.LanguageServer.Server;

namespace Casefile.LanguageServer.Features;

/// <summary>
/// One LSP feature: a class whose methods carry <c>[JsonRpcMethod("…")]</c> and that declares its
/// part of the server's capabilities. Features are listed in <see cref="FeatureCatalog"/>.
/// </summary>
public interface ILanguageFeature
{
    void AddCapabilities(JsonObject capabilities, ClientCapabilities client);
}
