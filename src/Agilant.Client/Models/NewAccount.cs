using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>One account of a POST /account batch; fields left null are not sent.</summary>
    public sealed class NewAccount
    {
        public NewAccount(string id, string firstName, string lastName, string emailAddress)
        {
            Id = id;
            FirstName = firstName;
            LastName = lastName;
            EmailAddress = emailAddress;
        }

        public string Id { get; }

        public string FirstName { get; }

        public string LastName { get; }

        public string EmailAddress { get; }

        public string? PhoneNumber { get; set; }

        public string? BusinessName { get; set; }

        [JsonPropertyName("service")]
        public IReadOnlyList<NewService>? Services { get; set; }

        /// <summary>What the API would refuse in this account, found before anything is sent.</summary>
        [MethodImpl(HotPath.Optimized)]
        public IReadOnlyList<string> Problems()
        {
            // Loops over indexes, no LINQ, and sets only for several services: a bulk import checks every row here.
            List<string>? problems = null;
            RequireText(ref problems, nameof(Id), Id);
            RequireText(ref problems, nameof(FirstName), FirstName);
            RequireText(ref problems, nameof(LastName), LastName);
            RequireText(ref problems, nameof(EmailAddress), EmailAddress);
            if (Id == "." || Id == "..")
            {
                Add(ref problems, $"Id '{Id}' cannot be used: an account with it could never be read back by its route.");
            }

            if (!string.IsNullOrWhiteSpace(EmailAddress) && !IsEmailShaped(EmailAddress))
            {
                Add(ref problems, $"EmailAddress '{EmailAddress}' is not an e-mail address.");
            }

            IReadOnlyList<NewService> services = Services ?? Array.Empty<NewService>();
            HashSet<int>? lineNumbersGiven = services.Count > 1 ? new HashSet<int>() : null;
            List<int>? lineNumbersRepeated = null;
            for (int index = 0; index < services.Count; index++)
            {
                NewService service = services[index];
                foreach (string problem in service.Problems())
                {
                    Add(ref problems, problem);
                }

                if (lineNumbersGiven is not null && service.LineNumber is int line && !lineNumbersGiven.Add(line))
                {
                    lineNumbersRepeated ??= new List<int>();
                    if (!lineNumbersRepeated.Contains(line))
                    {
                        lineNumbersRepeated.Add(line);
                    }
                }
            }

            if (lineNumbersRepeated is not null)
            {
                foreach (int line in lineNumbersRepeated)
                {
                    Add(ref problems, $"LineNumber {line} is given to more than one service.");
                }
            }

            return (IReadOnlyList<string>?)problems ?? Array.Empty<string>();
        }

        /// <summary>
        /// Whether the text is shaped like an e-mail address: one '@' with text before it, no white space, and a dot
        /// after the '@' with text on both sides of it. Checked without a regular expression: every row of a bulk
        /// import is checked here.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        internal static bool IsEmailShaped(string text)
        {
            int at = text.IndexOf('@');
            if (at < 1 || text.IndexOf('@', at + 1) >= 0)
            {
                return false;
            }

            foreach (char character in text)
            {
                if (char.IsWhiteSpace(character))
                {
                    return false;
                }
            }

            int dot = text.IndexOf('.', at + 2);
            return dot >= 0 && dot < text.Length - 1;
        }

        /// <summary>
        /// Gives every service without a line number the lowest number no other service of this account has, in
        /// input order (1..n when none has one), so that the line numbers sent are the ones the caller knows.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public void NumberServices()
        {
            IReadOnlyList<NewService> services = Services ?? Array.Empty<NewService>();
            if (services.Count == 1)
            {
                services[0].LineNumber ??= 1;
                return;
            }

            var taken = new HashSet<int>();
            for (int index = 0; index < services.Count; index++)
            {
                if (services[index].LineNumber is int line)
                {
                    taken.Add(line);
                }
            }

            int next = 1;
            for (int index = 0; index < services.Count; index++)
            {
                NewService service = services[index];
                if (service.LineNumber is not null)
                {
                    continue;
                }

                while (taken.Contains(next))
                {
                    next++;
                }

                service.LineNumber = next;
                taken.Add(next);
            }
        }

        private static void RequireText(ref List<string>? problems, string name, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(ref problems, $"{name} is required.");
            }
        }

        private static void Add(ref List<string>? problems, string problem) => (problems ??= new List<string>()).Add(problem);

        public override string ToString() => Id;
    }
}
