using System;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Agilant.Emulator.Hosting;

internal static class EmulatorHost
{
    /// <summary>A bare Kestrel host on one endpoint, cheap to start many times in one test process.</summary>
    public static WebApplication Build(IPEndPoint endpoint)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // No file watchers per instance, and no appsettings picked up from whatever the working directory is.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(endpoint);
        });
        return builder.Build();
    }
}
