using System.Text.Json;
using Agilant.Emulator.Http;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>
/// A billTo or shipTo of "Modify an Order": only the fields sent change, and an explicit null clears one; the whole
/// address sent as null clears the address. An order without that address gets one made of the fields sent.
/// </summary>
internal sealed record AddressChange(
    bool ClearsAddress,
    FieldUpdate<string?> FirstName,
    FieldUpdate<string?> LastName,
    FieldUpdate<string?> BusinessName,
    FieldUpdate<string?> Address1,
    FieldUpdate<string?> Address2,
    FieldUpdate<string?> City,
    FieldUpdate<string?> State,
    FieldUpdate<string?> ZipCode)
{
    private static readonly string[] Fields = ["firstName", "lastName", "businessName", "address1", "address2", "city", "state", "zipCode"];

    private static AddressChange Clear { get; } = new(true, default, default, default, default, default, default, default, default);

    /// <returns>The change of the address in this field of the order; null when the field is absent.</returns>
    public static AddressChange? Read(JsonObjectReader order, string name)
    {
        switch (order.KindOf(name))
        {
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Null:
                return Clear;
        }

        var address = order.RequiredObject(name, Fields);
        if (address.IsEmpty)
        {
            throw ApiException.BadRequest(
                $"Nothing to update in {order.PathOf(name)}: send at least one of {string.Join(", ", Fields)}, or null to clear the address");
        }

        return new AddressChange(
            ClearsAddress: false,
            address.ForUpdate("firstName", address.OptionalString),
            address.ForUpdate("lastName", address.OptionalString),
            address.ForUpdate("businessName", address.OptionalString),
            address.ForUpdate("address1", address.OptionalString),
            address.ForUpdate("address2", address.OptionalString),
            address.ForUpdate("city", address.OptionalString),
            address.ForUpdate("state", address.OptionalString),
            address.ForUpdate("zipCode", address.OptionalString));
    }

    public Address? ApplyTo(Address? current)
    {
        if (ClearsAddress)
        {
            return null;
        }

        var address = current ?? new Address();
        return address with
        {
            FirstName = FirstName.Or(address.FirstName),
            LastName = LastName.Or(address.LastName),
            BusinessName = BusinessName.Or(address.BusinessName),
            Address1 = Address1.Or(address.Address1),
            Address2 = Address2.Or(address.Address2),
            City = City.Or(address.City),
            State = State.Or(address.State),
            ZipCode = ZipCode.Or(address.ZipCode),
        };
    }
}
