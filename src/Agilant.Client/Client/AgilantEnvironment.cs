namespace Agilant
{
    // 64-bit so that ConvertTo-Json writes the member's name, as it does for every such enum, not its number.
    /// <summary>The two hosts Agilant runs the APIs on.</summary>
    public enum AgilantEnvironment : long
    {
        Sandbox,
        Production,
    }
}
