namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    public enum ServiceStatus : long
    {
        ACTIVE,
        INACTIVE,
        CANCELLED,
    }
}
