namespace Agilant
{
    /// <summary>The two hosts Agilant runs the APIs on.</summary>
    public enum AgilantEnvironment
    {
        Sandbox,
        Production,
    }
}
