using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Agilant.Emulator.Http;

/// <summary>
/// The one request delegate: reads the request, applies any planned fault around the dispatcher,
/// records the exchange in the journal whatever happens, and writes the answer with the server's Date.
/// </summary>
internal sealed class RequestPipeline(
    ApiDispatcher dispatcher,
    FaultPlan faults,
    RequestJournal journal,
    ServerClock clock,
    TimeSpan latency,
    CancellationToken stopping)
{
    public async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var target = RequestTarget.Parse(rawTarget);
        var headers = CopyHeaders(context.Request.Headers);
        var received = new RecordedRequest
        {
            Sequence = journal.NextSequence(),
            ReceivedAt = clock.Now,
            Method = context.Request.Method,
            RawTarget = rawTarget,
            Path = target.Path,
            Segments = target.Segments,
            Headers = headers,
            Body = "",
            Outcome = RequestOutcome.ClientAborted,
        };

        EmulatorResponse? response;
        try
        {
            var body = await ReadBodyAsync(context);
            var text = Encoding.UTF8.GetString(body);
            received = received with { Body = text, Fault = faults.Take(received.Method, target.Path, text) };
            journal.Announce(received);
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, context.RequestAborted);
            }

            response = await ProduceAsync(context, new IncomingRequest(received.Method, target, headers, body), received.Fault);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            journal.Add(received);
            return;
        }

        if (response is null)
        {
            journal.Add(received with { Outcome = RequestOutcome.Dropped });
            context.Abort();
            return;
        }

        var (bytes, mediaType) = received.Fault is { HtmlPage: true }
            ? (HtmlPage.For(response.StatusCode), HtmlPage.MediaType)
            : (Envelope.Serialize(response.Body), JsonContentType.MediaType);
        journal.Add(received with { Outcome = RequestOutcome.Answered, StatusCode = response.StatusCode, ResponseBody = Encoding.UTF8.GetString(bytes) });
        await WriteAsync(context.Response, response, bytes, mediaType);
    }

    /// <returns>The answer to write, or null to drop the connection.</returns>
    private async Task<EmulatorResponse?> ProduceAsync(HttpContext context, IncomingRequest request, Fault? fault)
    {
        if (fault is null)
        {
            return dispatcher.Dispatch(request);
        }

        if (fault.Delay > TimeSpan.Zero)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            try
            {
                await Task.Delay(fault.Delay, wait.Token);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                // The emulator is stopping: end the exchange now rather than hold shutdown for the rest of the delay.
                return null;
            }
        }

        var processed = fault.AfterProcessing ? dispatcher.Dispatch(request) : null;
        if (fault.DropConnection)
        {
            return null;
        }

        return fault.StatusCode is { } status ? FaultResponse(fault, status) : processed ?? dispatcher.Dispatch(request);
    }

    private async Task WriteAsync(HttpResponse http, EmulatorResponse response, byte[] bytes, string mediaType)
    {
        http.StatusCode = response.StatusCode;
        http.Headers.ContentType = mediaType;
        http.Headers.Date = clock.Now.ToString("r", CultureInfo.InvariantCulture);
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        http.ContentLength = bytes.Length;
        await http.Body.WriteAsync(bytes);
    }

    private static EmulatorResponse FaultResponse(Fault fault, int status)
    {
        var error = fault.Error ?? $"{status} {ReasonPhrases.GetReasonPhrase(status)} (a fault injected by the emulator)";
        var headers = fault.RetryAfter is { } retryAfter
            ? new Dictionary<string, string> { ["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture) }
            : EmulatorResponse.NoHeaders;
        return new EmulatorResponse(status, Envelope.Failure(error), headers);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return buffer.ToArray();
    }

    private static Dictionary<string, string> CopyHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            copy[name] = values.ToString();
        }

        return copy;
    }
}
