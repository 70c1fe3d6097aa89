using System;
using System.Collections.Generic;

namespace Agilant.Emulator.Http;

/// <summary>Ends a request with an error envelope: thrown by validation, routing and handlers.</summary>
internal sealed class ApiException(int statusCode, string message, IReadOnlyDictionary<string, string>? headers = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyDictionary<string, string> Headers { get; } = headers ?? EmulatorResponse.NoHeaders;

    public static ApiException BadRequest(string message) => new(400, message);

    public static ApiException NotFound(string message) => new(404, message);
}
