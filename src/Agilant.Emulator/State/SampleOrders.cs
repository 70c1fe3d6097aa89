using System;
using System.Globalization;

namespace Agilant.Emulator;

/// <summary>
/// The orders every emulator starts with: the Account Management document's sample order 89023475, exactly as its
/// "Retrieve an Order" answer shows it, and the TOGa Order document's sample 12345678, whose flat record gives only
/// the holder, associate, store and type; the rest of it is made up to look like a quote not yet paid.
/// Neither document shows a transaction id: theirs are made up, the order number followed by the creation date.
/// </summary>
internal static class SampleOrders
{
    private const string LoremIpsum =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Donec fermentum vehicula nisl, sed volutpat tellus sollicitudin id. Ut id risus lobortis, molestie neque eu, dictum metus.";

    private const string SampleTerms =
        "Morbi dignissim augue massa, eget vestibulum erat molestie nec. Donec at lorem at lacus mollis condimentum bibendum non enim. Curabitur eu odio at dolor feugiat aliquet. Donec non ante faucibus, hendrerit felis eget, vulputate arcu.";

    public static void AddTo(OrderStore orders)
    {
        orders.Add(AccountManagementSample);
        orders.Add(OrderApiSample);
    }

    private static Order AccountManagementSample => new()
    {
        Number = "89023475",
        TransactionId = "8902347520210915",
        Type = OrderTypes.New,
        Status = OrderStatuses.QuoteCreated,
        FirstName = "John",
        LastName = "Smith",
        EmailAddress = "jsmith@abccompany.com",
        PhoneNumber = "893-555-4523",
        BusinessName = "ABC Company",
        CreatedOn = At("2021-09-15T14:35:00-05:00"),
        UpdatedOn = At("2021-09-15T14:35:00-05:00"),
        Paid = true,
        VendorId = "45626",
        LoyaltyId = "457215",
        StoreNumber = "6125",
        AssociateId = "3456",
        BillTo = SampleAddress,
        ShipTo = SampleAddress,
        Items =
        [
            new OrderItem
            {
                LineNumber = 1,
                SkuNumber = "890345563",
                PartNumber = "ABC-12345",
                UpcCode = "23457892345789",
                Status = ItemStatuses.Paid,
                Quantity = 1,
                Paid = true,
                CreatedOn = At("2021-09-15T14:35:00-05:00"),
                PaidOn = At("2021-09-16T17:23:54-05:00"),
                Title = "In-Home Smart TV Installation",
                ShortDescription = "A qualified and experienced technician will come to your house to install your smart TV.",
                LongDescription = LoremIpsum,
                TermsAndConditions = SampleTerms,
            },
            new OrderItem
            {
                LineNumber = 2,
                SkuNumber = "346346",
                PartNumber = "DEF-56756",
                UpcCode = "38924579458",
                Status = ItemStatuses.Complete,
                Quantity = 1,
                Paid = true,
                CreatedOn = At("2021-09-15T14:35:00-05:00"),
                PaidOn = At("2021-09-16T17:23:54-05:00"),
                Title = "In-Home Smart Doorbell Installation",
                ShortDescription = "A qualified and experienced technician will come to your house to install your smart doorbell.",
                LongDescription = LoremIpsum,
                TermsAndConditions = SampleTerms,
            },
        ],
    };

    private static Order OrderApiSample => new()
    {
        Number = "12345678",
        TransactionId = "1234567820211108",
        Type = OrderTypes.New,
        Status = OrderStatuses.QuoteCreated,
        FirstName = "John",
        LastName = "Smith",
        EmailAddress = "",
        CreatedOn = At("2021-11-08T09:00:00-06:00"),
        UpdatedOn = At("2021-11-08T09:00:00-06:00"),
        Paid = false,
        StoreNumber = "758246",
        AssociateId = "0975312",
        Items =
        [
            new OrderItem
            {
                LineNumber = 1,
                SkuNumber = "100200300",
                Status = ItemStatuses.Created,
                Quantity = 1,
                Paid = false,
                CreatedOn = At("2021-11-08T09:00:00-06:00"),
                Title = "New Computer Setup",
                ShortDescription = "A technician sets up your new computer, moves your files and installs your software.",
            },
        ],
    };

    private static Address SampleAddress => new()
    {
        FirstName = "John",
        LastName = "Smith",
        BusinessName = "ABC Company",
        Address1 = "123 Test Street",
        Address2 = "Suite 413",
        City = "Testville",
        State = "TN",
        ZipCode = "12345",
    };

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
