using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Agilant.Emulator.Hosting;

/// <summary>
/// Replaces the console lifetime, which would hook Ctrl+C and SIGTERM for every emulator started:
/// in tests those signals belong to the test host, on the command line to Program.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
