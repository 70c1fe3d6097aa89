using System.Net.Http;

namespace Agilant.Client.Http
{
    /// <summary>What the transport tells the handlers about a request, carried on the request itself.</summary>
    internal static class RequestTags
    {
        private const string RouteKey = "Agilant.Route";
        private const string RetrySafeKey = "Agilant.RetrySafe";
        private const string AttemptKey = "Agilant.Attempt";
        private const string UncertainKey = "Agilant.UncertainAttempt";

        public static void Tag(HttpRequestMessage request, string route, bool retrySafe)
        {
            request.Properties[RouteKey] = route;
            request.Properties[RetrySafeKey] = retrySafe;
        }

        public static string RouteOf(HttpRequestMessage request) =>
            request.Properties.TryGetValue(RouteKey, out object? route) && route is string text ? text : request.RequestUri?.AbsolutePath ?? "?";

        public static bool IsRetrySafe(HttpRequestMessage request) =>
            request.Properties.TryGetValue(RetrySafeKey, out object? safe) && safe is true;

        public static int AttemptOf(HttpRequestMessage request) =>
            request.Properties.TryGetValue(AttemptKey, out object? attempt) && attempt is int number ? number : 1;

        public static void SetAttempt(HttpRequestMessage request, int attempt) => request.Properties[AttemptKey] = attempt;

        /// <summary>Notes that an attempt ended without telling whether the server applied it.</summary>
        public static void MarkUncertainAttempt(HttpRequestMessage request) => request.Properties[UncertainKey] = true;

        public static bool HadUncertainAttempt(HttpRequestMessage request) =>
            request.Properties.TryGetValue(UncertainKey, out object? uncertain) && uncertain is true;
    }
}
