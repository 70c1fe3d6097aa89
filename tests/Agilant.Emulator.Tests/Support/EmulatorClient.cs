using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator;

namespace Agilant.Emulator.Tests.Support;

/// <summary>A plain HttpClient that signs every request with the emulator's first key, as the documents say.</summary>
/// <param name="version">Sent as the Version header on every request (the Account Management API's "2"); null sends none.</param>
internal sealed class EmulatorClient(AgilantEmulator emulator, string? version = null) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = emulator.BaseUri };

    public Task<ApiReply> GetAsync(string target) => SendAsync(HttpMethod.Get, target);

    public Task<ApiReply> PostAsync(string target, string json) => SendAsync(HttpMethod.Post, target, json);

    public Task<ApiReply> PutAsync(string target, string json) => SendAsync(HttpMethod.Put, target, json);

    public Task<ApiReply> DeleteAsync(string target, string? json = null) => SendAsync(HttpMethod.Delete, target, json);

    /// <param name="target">Sent as given, relative to the base URI: escaping in it stays as written.</param>
    /// <param name="json">Sent with exactly Content-Type: application/json, the documents' header.</param>
    /// <param name="adjust">Runs after signing, to break the request on purpose.</param>
    public async Task<ApiReply> SendAsync(
        HttpMethod method,
        string target,
        string? json = null,
        Action<HttpRequestMessage>? adjust = null,
        CancellationToken cancellationToken = default)
    {
        using var request = Build(method, target, json);
        adjust?.Invoke(request);
        using var response = await http.SendAsync(request, cancellationToken);
        return await ApiReply.ReadAsync(response);
    }

    public HttpRequestMessage Build(HttpMethod method, string target, string? json = null)
    {
        var request = new HttpRequestMessage(method, target);
        if (json is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("Version", version);
        }

        TestSigner.Sign(request, emulator.Key, TestSigner.Timestamp(DateTimeOffset.Now));
        return request;
    }

    public Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        http.SendAsync(request, cancellationToken);

    public void Dispose() => http.Dispose();
}
