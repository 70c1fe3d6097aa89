using System.Collections.Generic;

namespace Agilant.Emulator.Http;

/// <summary>A received request, free of ASP.NET types: headers are a case-insensitive copy, the body its raw bytes.</summary>
internal sealed record IncomingRequest(
    string Method,
    RequestTarget Target,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body);
