using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Agilant.Emulator.Webhooks;

/// <summary>The headers every webhook carries beside Content-Type, such as a shared secret its receiver checks.</summary>
internal static class WebhookHeaders
{
    /// <summary>"Name: value", as --webhook-header takes it.</summary>
    /// <exception cref="ArgumentException">No name, or no colon.</exception>
    public static KeyValuePair<string, string> Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0
            ? new(text[..colon].Trim(), text[(colon + 1)..].Trim())
            : throw new ArgumentException($"--webhook-header takes 'Name: value', such as 'X-Agilant-Secret: s3cret'; '{text}' is not one.");
    }

    /// <exception cref="ArgumentException">A header a request cannot carry: a malformed name or value, or one of the content's own headers.</exception>
    public static void Validate(IReadOnlyDictionary<string, string> headers)
    {
        using var request = new HttpRequestMessage();
        AddTo(request, headers);
    }

    public static void AddTo(HttpRequestMessage request, IReadOnlyDictionary<string, string> headers)
    {
        foreach (var (name, value) in headers)
        {
            try
            {
                request.Headers.Add(name, value);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                throw new ArgumentException($"The webhook header '{name}' cannot be sent: {e.Message}", e);
            }
        }
    }
}
