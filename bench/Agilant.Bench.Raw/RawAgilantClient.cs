using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Agilant.Bench.Raw;

/// <summary>
/// The same requests as the module's, made the plain way: one HttpClient, each request signed as the APIs require
/// (Base64 of HMAC-SHA256 of the Timestamp header, keyed with the secret's UTF-8 bytes), the answer read once into a
/// typed object. Synchronous on purpose: a pwsh loop calls it once per record, as it calls a cmdlet.
/// </summary>
public sealed class RawAgilantClient : IDisposable
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] NoBody = [];

    private readonly HttpClient http;
    private readonly string baseUri;
    private readonly string publicKey;
    private readonly byte[] secret;

    public RawAgilantClient(string baseUri, string publicKey, string secretKey)
        : this(baseUri, publicKey, secretKey, new HttpClientHandler())
    {
    }

    /// <summary>With the handler that puts requests on the wire: BenchmarkDotNet's in-process answer, for one.</summary>
    public RawAgilantClient(string baseUri, string publicKey, string secretKey, HttpMessageHandler handler)
    {
        http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(100) };
        this.baseUri = baseUri.TrimEnd('/');
        this.publicKey = publicKey;
        secret = Encoding.UTF8.GetBytes(secretKey);
    }

    /// <summary>GET /ticket/{number}, signed; the ticket the answer holds.</summary>
    public RawTicket GetTicket(int number)
    {
        using HttpRequestMessage request = Signed(HttpMethod.Get, "/ticket/" + number.ToString(CultureInfo.InvariantCulture), NoBody, accountApi: false);
        using HttpResponseMessage response = http.SendAsync(request).GetAwaiter().GetResult();
        RawTicketAnswer answer = ReadAnswer<RawTicketAnswer>(response, request);
        return answer.Ticket ?? throw new InvalidOperationException($"GET {request.RequestUri} answered without a ticket.");
    }

    /// <summary>
    /// POSTs the rows as the module's default batches do: bodies of <paramref name="batchSize"/> accounts,
    /// <c>{"account":[...]}</c>, with <c>Version: 2</c>. Returns how many accounts were created.
    /// </summary>
    public int PostAccounts(IReadOnlyList<AccountRow> rows, int batchSize)
    {
        int created = 0;
        for (int start = 0; start < rows.Count; start += batchSize)
        {
            var batch = new List<RawNewAccount>(Math.Min(batchSize, rows.Count - start));
            for (int i = start; i < rows.Count && i < start + batchSize; i++)
            {
                batch.Add(RawNewAccount.From(rows[i]));
            }

            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new RawAccountBatch(batch), RawJson.Options);
            using HttpRequestMessage request = Signed(HttpMethod.Post, "/account", body, accountApi: true);
            using HttpResponseMessage response = http.SendAsync(request).GetAwaiter().GetResult();
            _ = ReadAnswer<RawEnvelope>(response, request);
            created += batch.Count;
        }

        return created;
    }

    public void Dispose() => http.Dispose();

    private HttpRequestMessage Signed(HttpMethod method, string route, byte[] body, bool accountApi)
    {
        var request = new HttpRequestMessage(method, baseUri + route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        string timestamp = DateTimeOffset.Now.ToString(TimestampFormat, CultureInfo.InvariantCulture);
        string signature = Convert.ToBase64String(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp)));
        request.Headers.TryAddWithoutValidation("Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("Authorization", publicKey + "." + signature);
        if (accountApi)
        {
            request.Headers.TryAddWithoutValidation("Version", "2");
        }

        return request;
    }

    private static T ReadAnswer<T>(HttpResponseMessage response, HttpRequestMessage request)
        where T : RawEnvelope
    {
        using var stream = response.Content.ReadAsStream();
        T? answer = JsonSerializer.Deserialize<T>(stream, RawJson.Options);
        if (!response.IsSuccessStatusCode || answer is null || !answer.Success)
        {
            throw new InvalidOperationException(
                $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {answer?.Error ?? "no envelope"}. Check that the bench talks to the emulator it started.");
        }

        return answer;
    }
}
