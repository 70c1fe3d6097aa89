using Agilant.Emulator.Routing;

namespace Agilant.Emulator.Apis;

/// <summary>The Agilant APIs as the dispatcher tells them apart (see <see cref="ApiProfile"/>).</summary>
internal static class ApiProfiles
{
    public static ApiProfile Ticketing { get; } = new("TOGaDesk Ticketing API", ErrorOnSuccess: "", Version: null);

    public static ApiProfile Order { get; } = new("TOGa Order API", ErrorOnSuccess: "", Version: null);

    public static ApiProfile AccountManagement { get; } = new("Account Management API", ErrorOnSuccess: null, Version: "2");
}
