using System;
using System.Collections.Generic;
using System.Linq;
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
            var problems = new List<string>();
            foreach ((string name, string value) in new[] { ("Id", Id), ("FirstName", FirstName), ("LastName", LastName), ("EmailAddress", EmailAddress) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{name} is required.");
                }
            }

            if (Id == "." || Id == "..")
            {
                problems.Add($"Id '{Id}' cannot be used: an account with it could never be read back by its route.");
            }

            if (!string.IsNullOrWhiteSpace(EmailAddress) && !EmailShape.IsMatch(EmailAddress))
            {
                problems.Add($"EmailAddress '{EmailAddress}' is not an e-mail address.");
            }

            IReadOnlyList<NewService> services = Services ?? Array.Empty<NewService>();
            problems.AddRange(services.SelectMany(service => service.Problems()));
            problems.AddRange(services
                .Where(service => service.LineNumber is not null)
                .GroupBy(service => service.LineNumber)
                .Where(group => group.Count() > 1)
                .Select(group => $"LineNumber {group.Key} is given to more than one service."));
            return problems;
        }

        /// <summary>
        /// Gives every service without a line number the lowest number no other service of this account has, in
        /// input order (1..n when none has one), so that the line numbers sent are the ones the caller knows.
        /// </summary>
        public void NumberServices()
        {
            IReadOnlyList<NewService> services = Services ?? Array.Empty<NewService>();
            var taken = new HashSet<int>(services.Where(service => service.LineNumber is not null).Select(service => service.LineNumber!.Value));
            int next = 1;
            foreach (NewService service in services.Where(service => service.LineNumber is null))
            {
                while (taken.Contains(next))
                {
                    next++;
                }

                service.LineNumber = next;
                taken.Add(next);
            }
        }

        public override string ToString() => Id;
    }
}
