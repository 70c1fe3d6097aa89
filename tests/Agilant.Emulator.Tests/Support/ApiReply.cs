using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Agilant.Emulator.Tests.Support;

internal sealed record ApiReply(HttpStatusCode Status, HttpResponseMessage Response, string Body, JsonElement Json)
{
    public string? Error => Json.GetProperty("error").GetString();

    public bool Success => Json.GetProperty("success").GetBoolean();

    /// <summary>The response's Version header; null when there is none.</summary>
    public string? Version => Response.Headers.TryGetValues("Version", out var values) ? string.Join(",", values) : null;

    /// <summary>Asserts an error envelope with exactly this status and error text.</summary>
    public void AssertFailure(HttpStatusCode status, string error) => Assert.Equal((status, false, error), (Status, Success, Error));

    public static async Task<ApiReply> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return new ApiReply(response.StatusCode, response, body, document.RootElement.Clone());
    }
}
