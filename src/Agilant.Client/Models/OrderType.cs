namespace Agilant
{
    /// <summary>NEW and EXISTING come from the Account Management API, REFURB from the TOGa Order API: one union.</summary>
    public enum OrderType
    {
        NEW,
        EXISTING,
        REFURB,
    }
}
