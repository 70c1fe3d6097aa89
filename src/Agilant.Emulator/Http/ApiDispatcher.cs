using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Agilant.Emulator.Auth;
using Agilant.Emulator.Json;
using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Http;

/// <summary>
/// Turns one request into one answer, in the order a strict server checks: signature (401), route (404, 405),
/// the API's Version header (400; on a route of two APIs it picks the API), Content-Type and body (400), then the
/// route's handler. Every failure becomes an error envelope, with the headers of the API whose path was called.
/// </summary>
internal sealed class ApiDispatcher(SignatureVerifier signatures, RouteTable routes, ServerClock clock)
{
    public EmulatorResponse Dispatch(IncomingRequest request)
    {
        var pathApi = routes.ApiOf(request.Method, request.Target, request.Headers);
        try
        {
            if (signatures.Verify(request.Headers) is { } failure)
            {
                throw new ApiException(401, failure);
            }

            var (route, values) = routes.Resolve(request.Method, request.Target);
            var api = route.ApiFor(request.Headers);
            api.RequireVersion(request.Headers);
            JsonContentType.RequireFor(request);
            using var body = ReadBody(route, request);
            var result = route.Handler(new ApiRequest(api, values, body?.RootElement, clock.Now));
            return new EmulatorResponse(result.StatusCode, Envelope.Success(api, result.Payload), api.ResponseHeaders);
        }
        catch (ApiException e)
        {
            return new EmulatorResponse(e.StatusCode, Envelope.Failure(e.Message), WithHeadersOf(pathApi, e.Headers));
        }
        catch (Exception e)
        {
            // An emulator bug: answered like the real service's 500, with the cause in the envelope and the journal.
            return new EmulatorResponse(500, Envelope.Failure($"The emulator failed: {e.GetType().Name}: {e.Message}"), WithHeadersOf(pathApi, EmulatorResponse.NoHeaders));
        }
    }

    private static IReadOnlyDictionary<string, string> WithHeadersOf(ApiProfile? api, IReadOnlyDictionary<string, string> headers) =>
        api is null ? headers : headers.Concat(api.ResponseHeaders).ToDictionary();

    private static JsonDocument? ReadBody(Route route, IncomingRequest request) => route.Body switch
    {
        RequestBody.None when request.Body.Length > 0 =>
            throw ApiException.BadRequest($"{route.Method} {route.Template.Text} takes no request body"),
        RequestBody.None or RequestBody.Ignored => null,
        _ when request.Body.Length == 0 =>
            throw ApiException.BadRequest($"{route.Method} {route.Template.Text} needs a JSON object as its request body"),
        _ => JsonBody.ParseObject(request.Body),
    };
}
