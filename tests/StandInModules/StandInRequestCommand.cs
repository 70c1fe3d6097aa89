using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace StandIn
{
    /// <summary>
    /// GETs a URI through a client from IHttpClientFactory, resolved from a DI container, and reads the JSON answer's
    /// "success" property with System.Text.Json. Writes what it used, so that a test can see which copies served it.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, StandInModule.Noun)]
    public sealed class StandInRequestCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        public Uri Uri { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var services = new ServiceCollection();
            services.AddHttpClient();
            using ServiceProvider provider = services.BuildServiceProvider();
            HttpClient http = provider.GetRequiredService<IHttpClientFactory>().CreateClient();

            using HttpResponseMessage response = http.GetAsync(Uri).GetAwaiter().GetResult();
            string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            using JsonDocument json = JsonDocument.Parse(body);

            var result = new PSObject();
            result.Properties.Add(new PSNoteProperty("Module", StandInModule.Noun));
            result.Properties.Add(new PSNoteProperty("StatusCode", (int)response.StatusCode));
            result.Properties.Add(new PSNoteProperty("Success", json.RootElement.GetProperty("success").GetBoolean()));
            result.Properties.Add(new PSNoteProperty("DependencyInjection", typeof(ServiceCollection).Assembly.GetName().Version!.ToString()));
            result.Properties.Add(new PSNoteProperty("DependencyInjectionPath", typeof(ServiceCollection).Assembly.Location));
            WriteObject(result);
        }
    }
}
