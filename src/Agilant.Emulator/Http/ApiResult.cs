using System.Text.Json.Nodes;

namespace Agilant.Emulator.Http;

/// <summary>What a route handler answers on success: the status and the payload fields that follow the envelope's.</summary>
internal sealed record ApiResult(int StatusCode, JsonObject Payload)
{
    public static ApiResult Ok(JsonObject payload) => new(200, payload);

    /// <summary>200 with the bare envelope.</summary>
    public static ApiResult Ok() => Ok(new JsonObject());

    public static ApiResult Created(JsonObject payload) => new(201, payload);

    /// <summary>201 with the bare envelope.</summary>
    public static ApiResult Created() => Created(new JsonObject());
}
