using System;
using System.Linq;
using System.Text;
using Agilant.Bench.Raw;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A server that costs as little as a server can: no routing, no signature check, no state; every request, whatever
// its method and route, gets 200 and the emulator's own answer to GET /ticket/10000001 (seeded), byte for byte.
// It shows what the client costs when the server's share is next to nothing.
string url = args is ["--urls", var given] ? given : "http://127.0.0.1:0";
byte[] ticket = Encoding.UTF8.GetBytes(CannedTicket.Json);

WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(url);
WebApplication app = builder.Build();
app.Run(context =>
{
    context.Response.StatusCode = StatusCodes.Status200OK;
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = ticket.Length;
    return context.Response.Body.WriteAsync(ticket).AsTask();
});

await app.StartAsync();
string address = app.Services.GetRequiredService<IServer>()
    .Features.Get<IServerAddressesFeature>()!.Addresses.First();
// bench/Measure-Performance.ps1 parses this line.
Console.WriteLine($"Instant answerer listening on {address}/");
Console.Out.Flush();
await app.WaitForShutdownAsync();
