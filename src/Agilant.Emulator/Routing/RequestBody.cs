namespace Agilant.Emulator.Routing;

/// <summary>Whether a route takes a body; it is declared per route because the APIs' DELETEs differ.</summary>
internal enum RequestBody
{
    /// <summary>A body is refused (400).</summary>
    None,

    /// <summary>A JSON object is required.</summary>
    JsonObject,

    /// <summary>A body is neither required nor read (beyond its Content-Type, which every body needs).</summary>
    Ignored,
}
