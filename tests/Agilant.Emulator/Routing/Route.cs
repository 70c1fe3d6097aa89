using Agilant.Emulator.Http;

namespace Agilant.Emulator.Routing;

internal delegate ApiResult RouteHandler(ApiRequest request);

internal sealed record Route(ApiProfile Api, string Method, RouteTemplate Template, RequestBody Body, RouteHandler Handler);
