using System;

namespace Agilant.Emulator.Webhooks;

/// <summary>Where webhooks go: an absolute http:// or https:// URL. Unlike the emulator's own address it need not be on loopback.</summary>
internal static class WebhookAddress
{
    /// <exception cref="ArgumentException">The text is not such a URL.</exception>
    public static Uri Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) ? Validated(uri) : throw NotAWebUrl(text);

    /// <exception cref="ArgumentException">The URL is relative, or not http:// or https://.</exception>
    public static Uri Validated(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : throw NotAWebUrl(url.OriginalString);

    private static ArgumentException NotAWebUrl(string text) =>
        new($"The webhook URL '{text}' is not an absolute http:// or https:// URL, such as http://127.0.0.1:5090/webhook");
}
