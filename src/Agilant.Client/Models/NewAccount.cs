using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Agilant
{
    /// <summary>One account of a POST /account batch; fields left null are not sent.</summary>
    public sealed class NewAccount
    {
        private static readonly Regex EmailShape = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

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
        public IReadOnlyList<string> Problems()
        {
            // Loops, not LINQ: a bulk import checks every row here.
            var problems = new List<string>();
            RequireText(problems, nameof(Id), Id);
            RequireText(problems, nameof(FirstName), FirstName);
            RequireText(problems, nameof(LastName), LastName);
            RequireText(problems, nameof(EmailAddress), EmailAddress);
            if (Id == "." || Id == "..")
            {
                problems.Add($"Id '{Id}' cannot be used: an account with it could never be read back by its route.");
            }

            if (!string.IsNullOrWhiteSpace(EmailAddress) && !EmailShape.IsMatch(EmailAddress))
            {
                problems.Add($"EmailAddress '{EmailAddress}' is not an e-mail address.");
            }

            IReadOnlyList<NewService> services = Services ?? Array.Empty<NewService>();
            var lineNumbersGiven = new HashSet<int>();
            var lineNumbersRepeated = new List<int>();
            foreach (NewService service in services)
            {
                problems.AddRange(service.Problems());
                if (service.LineNumber is int line && !lineNumbersGiven.Add(line) && !lineNumbersRepeated.Contains(line))
                {
                    lineNumbersRepeated.Add(line);
                }
            }

            foreach (int line in lineNumbersRepeated)
            {
                problems.Add($"LineNumber {line} is given to more than one service.");
            }

            return problems;
        }

        /// <summary>
        /// Gives every service without a line number the lowest number no other service of this account has, in
        /// input order (1..n when none has one), so that the line numbers sent are the ones the caller knows.
        /// </summary>
        public void NumberServices()
        {
            IReadOnlyList<NewService> services = Services ?? Array.Empty<NewService>();
            var taken = new HashSet<int>();
            foreach (NewService service in services)
            {
                if (service.LineNumber is int line)
                {
                    taken.Add(line);
                }
            }

            int next = 1;
            foreach (NewService service in services)
            {
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

        private static void RequireText(List<string> problems, string name, string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is required.");
            }
        }

        public override string ToString() => Id;
    }
}
