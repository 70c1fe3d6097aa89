using System;
using System.Text.Json.Serialization;

namespace Agilant
{
    /// <summary>An account as the Account Management API returns it, with its services.</summary>
    public sealed class Account : IJsonOnDeserialized
    {
        /// <summary>The caller's own reference for the account.</summary>
        public string Id { get; set; } = string.Empty;

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? EmailAddress { get; set; }

        public string? PhoneNumber { get; set; }

        public string? BusinessName { get; set; }

        public DateTime? CreateDate { get; set; }

        public AccountStatus? Status { get; set; }

        [JsonPropertyName("service")]
        public RecordList<Service> Services { get; set; } = new RecordList<Service>();

        void IJsonOnDeserialized.OnDeserialized()
        {
            Services ??= new RecordList<Service>();
            foreach (Service service in Services)
            {
                service.AccountId = Id;
            }
        }

        public override string ToString() => Id;
    }
}
