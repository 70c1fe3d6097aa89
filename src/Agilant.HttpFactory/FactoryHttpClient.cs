using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Agilant.HttpFactory
{
    /// <summary>
    /// A named HttpClient made by IHttpClientFactory (which renews its handlers, so DNS changes are seen), with the
    /// given delegating handlers in order, outermost first, over the given primary handler.
    /// </summary>
    public sealed class FactoryHttpClient : IDisposable
    {
        private const string ClientName = "Agilant";

        private readonly ServiceProvider services;

        public FactoryHttpClient(Action<HttpClient> configure, Func<HttpMessageHandler> primaryHandler, IEnumerable<Func<DelegatingHandler>> handlers)
        {
            var collection = new ServiceCollection();
            // The factory's own loggers would add two handlers to every call, to log where nothing listens.
            IHttpClientBuilder builder = collection.AddHttpClient(ClientName, configure).RemoveAllLoggers().ConfigurePrimaryHttpMessageHandler(primaryHandler);
            foreach (Func<DelegatingHandler> handler in handlers)
            {
                builder.AddHttpMessageHandler(handler);
            }

            services = collection.BuildServiceProvider();
            Client = services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            services.Dispose();
        }
    }
}
