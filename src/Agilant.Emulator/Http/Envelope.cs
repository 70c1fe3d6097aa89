using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Http;

/// <summary>The body every answer has: "success" and "error", then the payload's fields.</summary>
internal static class Envelope
{
    private static readonly JsonSerializerOptions WireFormat = new()
    {
        WriteIndented = true,
        // Readable apostrophes and accents for people exploring with curl; nothing here is embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Success(ApiProfile api, JsonObject payload)
    {
        var body = new JsonObject { ["success"] = true, ["error"] = api.ErrorOnSuccess };
        foreach (var (name, value) in payload)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    public static JsonObject Failure(string error) => new() { ["success"] = false, ["error"] = error };

    public static byte[] Serialize(JsonObject body) => JsonSerializer.SerializeToUtf8Bytes(body, WireFormat);
}
