using System;

namespace Agilant.Client
{
    /// <summary>A thread-safe source of jitter; netstandard2.0 has no Random.Shared.</summary>
    internal static class SharedRandom
    {
        private static readonly Random Source = new Random();

        public static double Next()
        {
            lock (Source)
            {
                return Source.NextDouble();
            }
        }
    }
}
