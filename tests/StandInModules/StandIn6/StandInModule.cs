namespace StandIn
{
    internal static class StandInModule
    {
        public const string Noun = "StandIn6Request";
    }
}
