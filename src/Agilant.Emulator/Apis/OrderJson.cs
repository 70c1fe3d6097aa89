using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Agilant.Emulator.Json;

namespace Agilant.Emulator.Apis;

/// <summary>An order in the shapes of both documents, fields in the documents' order.</summary>
internal static class OrderJson
{
    /// <summary>The Account Management API's Order object: every field present, null where unset; the number a string.</summary>
    public static JsonObject Order(Order order) => new()
    {
        ["number"] = order.Number,
        ["type"] = order.Type,
        ["status"] = order.Status,
        ["firstName"] = order.FirstName,
        ["lastName"] = order.LastName,
        ["emailAddress"] = order.EmailAddress,
        ["phoneNumber"] = order.PhoneNumber,
        ["businessName"] = order.BusinessName,
        ["createdOn"] = Iso8601.FormatDateTime(order.CreatedOn),
        ["updatedOn"] = Iso8601.FormatDateTime(order.UpdatedOn),
        ["paid"] = order.Paid,
        ["vendorId"] = order.VendorId,
        ["loyaltyId"] = order.LoyaltyId,
        ["storeNumber"] = order.StoreNumber,
        ["associateId"] = order.AssociateId,
        ["billTo"] = Address(order.BillTo),
        ["shipTo"] = Address(order.ShipTo),
        ["item"] = new JsonArray([.. order.Items.Select(Item)]),
    };

    /// <summary>
    /// The TOGa Order API's flat record, the fields that follow its envelope: the number an integer, and "" for a
    /// string the order does not have, as its sample shows an unknown e-mail address.
    /// </summary>
    public static JsonObject FlatRecord(Order order) => new()
    {
        ["orderNumber"] = long.Parse(order.Number, CultureInfo.InvariantCulture),
        ["firstName"] = order.FirstName,
        ["lastName"] = order.LastName,
        ["emailAddress"] = order.EmailAddress ?? "",
        ["associateId"] = order.AssociateId ?? "",
        ["storeNumber"] = order.StoreNumber ?? "",
        ["type"] = order.Type,
    };

    private static JsonObject? Address(Address? address) => address is null ? null : new JsonObject
    {
        ["firstName"] = address.FirstName,
        ["lastName"] = address.LastName,
        ["businessName"] = address.BusinessName,
        ["address1"] = address.Address1,
        ["address2"] = address.Address2,
        ["city"] = address.City,
        ["state"] = address.State,
        ["zipCode"] = address.ZipCode,
    };

    private static JsonObject Item(OrderItem item) => new()
    {
        ["lineNumber"] = item.LineNumber,
        ["skuNumber"] = item.SkuNumber,
        ["partNumber"] = item.PartNumber,
        ["upcCode"] = item.UpcCode,
        ["status"] = item.Status,
        ["quantity"] = item.Quantity,
        ["paid"] = item.Paid,
        ["returned"] = item.Returned,
        ["returnable"] = item.Returnable,
        ["voidable"] = item.Voidable,
        ["discountable"] = item.Discountable,
        ["taxable"] = item.Taxable,
        ["isSubscription"] = item.IsSubscription,
        ["createdOn"] = Iso8601.FormatDateTime(item.CreatedOn),
        ["paidOn"] = item.PaidOn is { } paidOn ? Iso8601.FormatDateTime(paidOn) : null,
        ["title"] = item.Title,
        ["shortDescription"] = item.ShortDescription,
        ["longDescription"] = item.LongDescription,
        ["termsAndConditions"] = item.TermsAndConditions,
    };
}
