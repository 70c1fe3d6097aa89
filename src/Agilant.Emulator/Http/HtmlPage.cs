using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Agilant.Emulator.Http;

/// <summary>The kind of page a gateway or firewall in front of an API answers with: HTML where the client expects JSON.</summary>
internal static class HtmlPage
{
    public const string MediaType = "text/html; charset=utf-8";

    public static byte[] For(int status)
    {
        var title = WebUtility.HtmlEncode($"{status} {ReasonPhrases.GetReasonPhrase(status)}");
        return Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html>\n<html><head><title>{title}</title></head>\n<body><h1>{title}</h1><p>A page injected by the emulator in place of the API's JSON.</p></body></html>\n");
    }
}
