namespace Agilant.Client
{
    /// <summary>What the service answered the signed read that checks the keys (any answer but 401).</summary>
    public sealed class KeyCheck
    {
        internal KeyCheck(int status, bool answeredByApi)
        {
            Status = status;
            AnsweredByApi = answeredByApi;
        }

        public int Status { get; }

        /// <summary>
        /// Whether the answer was the API's own (a success, or a failure with the API's envelope). A page from something
        /// else at that address (a wrong base URI, a web server, a portal) says nothing about the keys.
        /// </summary>
        public bool AnsweredByApi { get; }
    }
}
