namespace Agilant.Emulator.Routing;

/// <summary>
/// What sets one Agilant API apart on the wire. Every route belongs to one API, and the dispatcher asks the
/// route's profile how to answer: the Ticketing and Order APIs send "error": "" on success, the Account
/// Management API sends null (and will also require and echo its Version header).
/// </summary>
internal sealed record ApiProfile(string? ErrorOnSuccess);
