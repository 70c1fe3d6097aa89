using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Agilant.Emulator.Http;

/// <summary>A complete answer before it is written: status, envelope and any headers beyond Content-Type and Date.</summary>
internal sealed record EmulatorResponse(int StatusCode, JsonObject Body, IReadOnlyDictionary<string, string> Headers)
{
    public static IReadOnlyDictionary<string, string> NoHeaders { get; } = new Dictionary<string, string>();
}
