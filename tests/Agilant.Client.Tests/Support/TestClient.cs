using System;
using System.Collections.Generic;
using System.Net;
using System.Security;
using System.Threading.Tasks;

namespace Agilant.Client.Tests.Support;

/// <summary>A real AgilantClient whose network, clock and waits are the test's.</summary>
internal sealed class TestClient : IDisposable
{
    public const string PublicKey = "1111AAAA-22BB-33CC-44DD-555555EEEEEE";
    public const string Secret = "EEEE5555-DD44-CC33-BB22-AAAAAA111111";

    public TestClient(Action<AgilantClientOptions>? configure = null)
    {
        var options = new AgilantClientOptions(PublicKey, SecureText(Secret), new Uri("https://api.example.test/base/"));
        configure?.Invoke(options);
        Client = new AgilantClient(options, new ClientPlumbing
        {
            PrimaryHandler = () => Handler,
            Clock = () => Now,
            Delay = (wait, _) =>
            {
                Waits.Add(wait);
                Now += wait;
                return Task.CompletedTask;
            },
            Random = () => 0.5,
        });
    }

    public ScriptedHandler Handler { get; } = new();

    public AgilantClient Client { get; }

    public DateTimeOffset Now { get; set; } = new(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(-5));

    public List<TimeSpan> Waits { get; } = new();

    public static SecureString SecureText(string text)
    {
        var secure = new SecureString();
        foreach (char character in text)
        {
            secure.AppendChar(character);
        }

        return secure;
    }

    public TestClient Answer(HttpStatusCode status, string json, Action<System.Net.Http.HttpResponseMessage>? adjust = null)
    {
        Handler.Answer(status, json, adjust);
        return this;
    }

    public void Dispose() => Client.Dispose();
}
