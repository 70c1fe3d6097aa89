using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Agilant.Client.Json
{
    /// <summary>
    /// An answer's envelope as <see cref="EnvelopeReader.Read"/> found it in one pass over the bytes: its "success" and
    /// "error", and where the value of each top-level property lies, so that a payload is then deserialized straight from
    /// its range without reading the answer again.
    /// </summary>
    internal sealed class Envelope
    {
        private readonly List<(string Name, int Start, int Length)> values;

        public Envelope(bool failed, string? error, List<(string Name, int Start, int Length)> values)
        {
            Failed = failed;
            Error = error;
            this.values = values;
        }

        /// <summary>The envelope says "success": false.</summary>
        public bool Failed { get; }

        /// <summary>The envelope's error text, when it has one that is not blank.</summary>
        public string? Error { get; }

        /// <summary>Where the value of a top-level property lies in the bytes; false when the answer has none, or null.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool TryFind(string name, out int start, out int length)
        {
            foreach ((string Name, int Start, int Length) value in values)
            {
                if (string.Equals(value.Name, name, StringComparison.Ordinal))
                {
                    start = value.Start;
                    length = value.Length;
                    return length > 0;
                }
            }

            start = 0;
            length = 0;
            return false;
        }
    }
}
