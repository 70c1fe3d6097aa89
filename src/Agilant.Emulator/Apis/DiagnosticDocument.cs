using System;
using System.Buffers.Text;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The "document" of an order diagnostic: a URL of the results file, or the file itself in Base64. Text that is
/// neither (a local path, the file's raw text) is how a client that forgot to upload or encode the file shows.
/// </summary>
internal static class DiagnosticDocument
{
    private const int QuotedLength = 40;

    public static string Read(JsonObjectReader body, string name)
    {
        var text = body.RequiredString(name);
        return IsWebUrl(text) || Base64.IsValid(text)
            ? text
            : throw ApiException.BadRequest($"{body.PathOf(name)} must be an http:// or https:// URL or a file in Base64, not '{Shortened(text)}'");
    }

    private static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static string Shortened(string text) => text.Length <= QuotedLength ? text : text[..QuotedLength] + "...";
}
