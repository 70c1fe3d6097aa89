namespace Agilant
{
    /// <summary>The three Agilant APIs; they share one host but not their headers.</summary>
    public enum AgilantApi
    {
        Ticketing,
        Order,
        AccountManagement,
    }
}
