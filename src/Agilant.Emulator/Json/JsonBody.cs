using System.Text.Json;
using Agilant.Emulator.Http;

namespace Agilant.Emulator.Json;

internal static class JsonBody
{
    /// <summary>Parses a request body that must be one JSON object; the caller disposes the document.</summary>
    public static JsonDocument ParseObject(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw ApiException.BadRequest($"The request body is not valid JSON: {e.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = JsonKinds.Describe(document.RootElement.ValueKind);
            document.Dispose();
            throw ApiException.BadRequest($"The request body must be a JSON object, not {kind}");
        }

        return document;
    }
}
