using BenchmarkDotNet.Running;

namespace Agilant.Benchmarks;

internal static class Program
{
    // --filter '*' runs them all; --job short for a quick look; --list flat names them.
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
