using System;

namespace Agilant
{
    /// <summary>A call to an Agilant API failed; the subtype says how.</summary>
    public abstract class AgilantException : Exception
    {
        protected AgilantException(string message, string method, string route, Exception? innerException = null)
            : base(message, innerException)
        {
            Method = method;
            Route = route;
        }

        public string Method { get; }

        public string Route { get; }
    }
}
