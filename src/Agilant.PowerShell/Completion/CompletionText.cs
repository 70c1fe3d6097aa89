using System;

namespace Agilant.PowerShell.Completion
{
    /// <summary>How a value is typed at the prompt: quoted when PowerShell would otherwise read it as something else.</summary>
    internal static class CompletionText
    {
        private const string SpecialCharacters = "'\"`$;,(){}[]@#|&<>";

        /// <summary>What the user has typed so far, without the quote they opened.</summary>
        public static string Unquoted(string wordToComplete)
        {
            string word = wordToComplete ?? string.Empty;
            if (word.Length > 0 && (word[0] == '\'' || word[0] == '"'))
            {
                word = word.Substring(1);
                if (word.Length > 0 && word[word.Length - 1] == wordToComplete![0])
                {
                    word = word.Substring(0, word.Length - 1);
                }
            }

            return word;
        }

        public static bool Matches(string value, string wordToComplete) =>
            value.StartsWith(Unquoted(wordToComplete), StringComparison.OrdinalIgnoreCase);

        /// <summary>The value as it goes on the command line: in the quotes the user opened, or in single quotes when it needs them.</summary>
        public static string Quoted(string value, string wordToComplete)
        {
            if (wordToComplete.StartsWith("\"", StringComparison.Ordinal))
            {
                return "\"" + value.Replace("`", "``").Replace("$", "`$").Replace("\"", "`\"") + "\"";
            }

            return wordToComplete.StartsWith("'", StringComparison.Ordinal) || NeedsQuotes(value)
                ? "'" + value.Replace("'", "''") + "'"
                : value;
        }

        private static bool NeedsQuotes(string value)
        {
            if (value.Length == 0 || value[0] == '-')
            {
                return true;
            }

            foreach (char character in value)
            {
                if (char.IsWhiteSpace(character) || SpecialCharacters.IndexOf(character) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
