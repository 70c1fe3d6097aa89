namespace Agilant.Emulator;

/// <summary>A public and secret API key that the emulator accepts.</summary>
public sealed record ApiKeyPair(string PublicKey, string SecretKey)
{
    /// <summary>The sample keys printed in the Agilant API documents.</summary>
    public static ApiKeyPair Sample { get; } = new("1111AAAA-22BB-33CC-44DD-555555EEEEEE", "EEEE5555-DD44-CC33-BB22-AAAAAA111111");
}
