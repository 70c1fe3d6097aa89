namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    /// <summary>NEW and EXISTING come from the Account Management API, REFURB from the TOGa Order API: one union.</summary>
    public enum OrderType : long
    {
        NEW,
        EXISTING,
        REFURB,
    }
}
