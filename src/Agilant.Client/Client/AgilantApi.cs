namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    /// <summary>The three Agilant APIs; they share one host but not their headers.</summary>
    public enum AgilantApi : long
    {
        Ticketing,
        Order,
        AccountManagement,
    }
}
