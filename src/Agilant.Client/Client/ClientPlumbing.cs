using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Agilant.Client
{
    /// <summary>The parts of a client that tests replace: the network, the clock, the waiting and the dice.</summary>
    internal sealed class ClientPlumbing
    {
        /// <summary>Puts requests on the wire; null means the network, through the proxy the client's options say.</summary>
        public Func<HttpMessageHandler>? PrimaryHandler { get; set; }

        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.Now;

        public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;

        public Func<double> Random { get; set; } = SharedRandom.Next;
    }
}
