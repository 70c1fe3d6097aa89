using System.Net.Http;

namespace Agilant.Client.Http
{
    /// <summary>
    /// What the transport tells the handlers about a request, carried on the request itself: one object under one key,
    /// so that a call adds a single entry to the request's properties, whatever its attempts note on it.
    /// </summary>
    internal static class RequestTags
    {
        private const string Key = "Agilant.Call";

        public static void Tag(HttpRequestMessage request, string route, bool retrySafe) =>
            request.Properties[Key] = new CallTag { Route = route, RetrySafe = retrySafe };

        public static string RouteOf(HttpRequestMessage request) =>
            Find(request)?.Route ?? request.RequestUri?.AbsolutePath ?? "?";

        public static bool IsRetrySafe(HttpRequestMessage request) => Find(request)?.RetrySafe == true;

        public static int AttemptOf(HttpRequestMessage request) => Find(request)?.Attempt ?? 1;

        public static void SetAttempt(HttpRequestMessage request, int attempt) => TagOf(request).Attempt = attempt;

        /// <summary>Notes that an attempt ended without telling whether the server applied it.</summary>
        public static void MarkUncertainAttempt(HttpRequestMessage request) => TagOf(request).HadUncertainAttempt = true;

        public static bool HadUncertainAttempt(HttpRequestMessage request) => Find(request)?.HadUncertainAttempt == true;

        private static CallTag? Find(HttpRequestMessage request) =>
            request.Properties.TryGetValue(Key, out object? tag) ? tag as CallTag : null;

        /// <summary>The request's tag, added untagged (no route, not retry-safe) to a request the transport did not make.</summary>
        private static CallTag TagOf(HttpRequestMessage request)
        {
            if (Find(request) is CallTag tag)
            {
                return tag;
            }

            var added = new CallTag();
            request.Properties[Key] = added;
            return added;
        }

        // A call's attempts run one after another, each awaiting the last, so the tag needs no lock.
        private sealed class CallTag
        {
            public string? Route { get; set; }

            public bool RetrySafe { get; set; }

            public int Attempt { get; set; } = 1;

            public bool HadUncertainAttempt { get; set; }
        }
    }
}
