namespace Agilant.Emulator.Routing;

/// <summary>Whether a route takes a body; it is declared per route because the APIs' DELETEs differ.</summary>
internal enum RequestBody
{
    None,
    JsonObject,
}
