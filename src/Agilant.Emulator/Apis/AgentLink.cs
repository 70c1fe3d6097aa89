using System.Security.Cryptography;
using System.Text;

namespace Agilant.Emulator.Apis;

/// <summary>
/// The agent download link of an account, shaped as the documents' sample https://test.agentlink.com/ABCDEFG12345.
/// Its 12 characters come from a hash of the account id, so an id has the same link in every run.
/// </summary>
internal static class AgentLink
{
    private const string Host = "https://test.agentlink.com/";
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const int Length = 12;

    public static string For(string accountId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(accountId));
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[hash[i] % Alphabet.Length];
        }

        return Host + new string(code);
    }
}
