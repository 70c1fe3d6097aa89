using System;

namespace Agilant
{
    /// <summary>
    /// The API said it succeeded, but its answer could not be read as documented. For a POST, PUT or DELETE the
    /// change was probably made: only what the server holds now is unknown.
    /// </summary>
    public sealed class AgilantResponseException : AgilantException
    {
        public AgilantResponseException(string method, string route, string problem, Exception? innerException = null)
            : base(Describe(method, route, problem), method, route, innerException)
        {
        }

        /// <summary>Whether the call was one that changes something, so that sending it again could make the change twice.</summary>
        public bool ChangeMayHaveBeenMade => IsChange(Method);

        private static bool IsChange(string method) => !string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase);

        private static string Describe(string method, string route, string problem) =>
            $"{method} {route} succeeded, but {problem}." + (IsChange(method) ? " The change may have been made." : string.Empty);
    }
}
