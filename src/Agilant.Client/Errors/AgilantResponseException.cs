using System;

namespace Agilant
{
    /// <summary>The API said it succeeded, but its answer could not be read as documented.</summary>
    public sealed class AgilantResponseException : AgilantException
    {
        public AgilantResponseException(string method, string route, string problem, Exception? innerException = null)
            : base($"{method} {route} succeeded, but {problem}.", method, route, innerException)
        {
        }
    }
}
