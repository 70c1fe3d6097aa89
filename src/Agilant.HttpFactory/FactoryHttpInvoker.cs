using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Agilant.HttpFactory
{
    /// <summary>
    /// The handler pipeline of a named client made by IHttpClientFactory (the given delegating handlers in order,
    /// outermost first, over the given primary handler), sent through by a plain HttpMessageInvoker: the callers
    /// bound, buffer and head their requests themselves, so HttpClient's own layer (a linked cancellation, default
    /// headers copied to every request, a buffering step) would only be paid again on every call.
    /// </summary>
    public sealed class FactoryHttpInvoker : IDisposable
    {
        private const string ClientName = "Agilant";

        private readonly ServiceProvider services;

        public FactoryHttpInvoker(Func<HttpMessageHandler> primaryHandler, IEnumerable<Func<DelegatingHandler>> handlers)
        {
            var collection = new ServiceCollection();
            // The factory's own loggers would add two handlers to every call, to log where nothing listens.
            IHttpClientBuilder builder = collection.AddHttpClient(ClientName).RemoveAllLoggers().ConfigurePrimaryHttpMessageHandler(primaryHandler);
            foreach (Func<DelegatingHandler> handler in handlers)
            {
                builder.AddHttpMessageHandler(handler);
            }

            services = collection.BuildServiceProvider();
            // The factory owns the handlers, as it does those of the clients it makes.
            Invoker = new HttpMessageInvoker(services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(ClientName), disposeHandler: false);
        }

        public HttpMessageInvoker Invoker { get; }

        public void Dispose()
        {
            Invoker.Dispose();
            services.Dispose();
        }
    }
}
