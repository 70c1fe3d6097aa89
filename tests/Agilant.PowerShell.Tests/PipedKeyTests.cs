using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using Agilant.Client.Tests.Support;
using Agilant.Emulator;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// Every cmdlet whose key binds by value takes text, numbers and objects that carry that key; any other object piped
/// in is an error naming it, and nothing is sent. A ticket piped into Remove-AgilantAccount must never become an
/// account id, even where an account has the ticket's number for its id.
/// </summary>
public class PipedKeyTests
{
    /// <summary>Everything the arrange script makes: the module's records, their events, and objects of other kinds.</summary>
    private static readonly string[] Piped =
    [
        "account", "service", "link", "accountEvent", "accountRow",
        "ticket", "reply", "ticketEvent", "replyEvent", "ticketRow",
        "order", "item", "orderEvent", "orderRow",
        "date", "folder", "hashtable", "stranger",
    ];

    // The right inputs, as PowerShell expressions: the records that carry the key, a row, the key as text and as a number.
    private static readonly string[] AccountKeys = ["$account", "$service", "$link", "$accountEvent", "$accountRow", "'23526813'", "23526813"];

    private static readonly string[] TicketKeys = ["$ticket", "$reply", "$ticketEvent", "$replyEvent", "$ticketRow", "\"$($ticket.TicketNumber)\"", "$ticket.TicketNumber"];

    // A service carries the transaction it was bought in, which the orders API takes as well as an order number.
    private static readonly string[] OrderKeys = ["$order", "$item", "$orderEvent", "$orderRow", "$service", "'89023475'", "89023475"];

    /// <summary>Each cmdlet whose key binds by value, what it is run with, the route its right inputs reach, and those inputs.</summary>
    public static TheoryData<string, string, string, string[]> KeyCmdlets() => new()
    {
        { "Get-AgilantAccount", "", "/account/23526813", AccountKeys },
        { "Set-AgilantAccount", "-PhoneNumber 000", "/account/23526813", AccountKeys },
        { "Remove-AgilantAccount", "-Confirm:$false", "/account/23526813", AccountKeys },
        { "Get-AgilantAgentLink", "", "/account/23526813", AccountKeys },
        { "Get-AgilantService", "", "/account/23526813", AccountKeys },
        { "Get-AgilantTicket", "", "/ticket/{ticket}", TicketKeys },
        { "Set-AgilantTicket", "-Priority HIGH", "/ticket/{ticket}", TicketKeys },
        { "Add-AgilantTicketReply", "-Message m -EmailAddress a@testco.com", "/ticket/{ticket}", TicketKeys },
        { "Get-AgilantOrder", "", "/order/89023475", OrderKeys },
        { "Set-AgilantOrder", "-LoyaltyId 999001", "/order/89023475", OrderKeys },
    };

    [Theory]
    [MemberData(nameof(KeyCmdlets))]
    public async Task A_wrong_kind_of_object_is_an_error_naming_it_and_sends_nothing_while_keys_and_their_records_go_through(
        string cmdlet,
        string arguments,
        string route,
        string[] rightInputs)
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        Arrange(engine);
        route = route.Replace("{ticket}", engine.Run("$ticket.TicketNumber").Output.Single().ToString());

        foreach (string wrong in Piped.Where(name => !rightInputs.Contains("$" + name)))
        {
            emulator.Requests.Clear();

            ScriptResult result = engine.Run($"${wrong} | {cmdlet} {arguments}");

            string pipeline = $"${wrong} | {cmdlet}";
            ErrorRecord error = Assert.Single(result.Errors);
            Assert.True(emulator.Requests.Count == 0, $"{pipeline} sent {string.Join(", ", emulator.Requests.All)}");
            Assert.Equal($"Agilant.WrongInputType,Agilant.PowerShell.Commands.{cmdlet.Replace("-", string.Empty)}Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.True(SameObject(engine.Get(wrong), error.TargetObject), $"{pipeline}: the error names {error.TargetObject}");
            Assert.StartsWith($"{cmdlet} takes ", error.ErrorDetails.Message);
            Assert.Contains(TypeName(engine.Get(wrong)), error.ErrorDetails.Message);
            Assert.EndsWith(".", error.ErrorDetails.Message);
        }

        foreach (string right in rightInputs)
        {
            emulator.Requests.Clear();

            ScriptResult result = engine.Run($"{right} | {cmdlet} {arguments}");

            Assert.DoesNotContain(result.Errors, error => error.FullyQualifiedErrorId.StartsWith("Agilant.WrongInputType") || error.FullyQualifiedErrorId.StartsWith("Agilant.InvalidKey"));
            Assert.True(emulator.Requests.Count > 0, $"{right} | {cmdlet} sent nothing: {string.Join(" | ", result.Errors)}");
            Assert.All(emulator.Requests.All, request => Assert.StartsWith(route, request.RawTarget));
        }
    }

    [Fact]
    public async Task A_ticket_piped_into_Remove_AgilantAccount_leaves_the_account_with_its_number_alone()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("""
            $ticket = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com
            New-AgilantAccount -Id $ticket.TicketNumber -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com | Out-Null
            """).ShouldHaveNoErrors();
        emulator.Requests.Clear();

        ScriptResult result = engine.Run("""
            Get-AgilantTicket $ticket.TicketNumber | Remove-AgilantAccount -Confirm:$false
            Get-AgilantTicket $ticket.TicketNumber | Set-AgilantAccount -PhoneNumber 000
            """);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.StartsWith("Agilant.WrongInputType,", error.FullyQualifiedErrorId));
        Assert.All(emulator.Requests.All, request => Assert.Equal("GET", request.Method));
        Assert.Equal(1, emulator.State.Accounts.Count);
    }

    [Fact]
    public async Task A_failure_names_the_piped_object_not_the_key_read_from_it()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);
        engine.Set("Json", WebhookSamples.AccountStatusChange);

        ScriptResult result = engine.Run("""
            $event = $Json | ConvertFrom-AgilantWebhook
            $event | Get-AgilantAccount
            '23526813' | Get-AgilantService
            Get-AgilantOrder '00000000'
            """);

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.StartsWith("Agilant.NotFound,", error.FullyQualifiedErrorId));
        Assert.Equal("Agilant.AccountChangedEvent", ((PSObject)result.Errors[0].TargetObject).BaseObject.GetType().FullName);
        Assert.Equal("23526813", result.Errors[1].TargetObject);
        Assert.Equal("00000000", result.Errors[2].TargetObject);
    }

    [Fact]
    public async Task Text_that_is_no_key_and_a_row_with_an_empty_key_are_errors_that_send_nothing()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("""
            'not-a-number' | Get-AgilantTicket
            [pscustomobject]@{ Id = ''; FirstName = 'Jane' } | Set-AgilantAccount -PhoneNumber 000
            '' | Remove-AgilantAccount -Confirm:$false
            """);

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.StartsWith("Agilant.InvalidKey,", error.FullyQualifiedErrorId));
        Assert.All(result.Errors, error => Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category));
        Assert.Contains("'not-a-number' is not a ticket number", result.Errors[0].ErrorDetails.Message);
        Assert.Contains("empty Id", result.Errors[1].ErrorDetails.Message);
        Assert.Equal("Jane", ((PSObject)result.Errors[1].TargetObject).Properties["FirstName"].Value);
        Assert.Equal(0, emulator.Requests.Count);
    }

    [Fact]
    public async Task Keys_named_on_the_command_line_still_bind_by_position_and_many_at_once()
    {
        await using var emulator = await AgilantEmulator.StartAsync();
        using var engine = Engine.ConnectedTo(emulator);

        ScriptResult result = engine.Run("Get-AgilantOrder 89023475, 12345678 | ForEach-Object Number");

        result.ShouldHaveNoErrors();
        Assert.Equal(new[] { "89023475", "12345678" }, result.Output.Select(item => item.ToString()));
    }

    /// <summary>One of each: an account with a service bought in order 89023475, its agent link, a ticket with a reply, the order and its item, their webhook events, CSV-like rows, and objects of no Agilant kind.</summary>
    private static void Arrange(Engine engine)
    {
        engine.Set("AccountJson", WebhookSamples.AccountStatusChange);
        engine.Set("TicketJson", WebhookSamples.TicketStatusChange);
        engine.Set("ReplyJson", WebhookSamples.TicketReply);
        engine.Set("OrderJson", WebhookSamples.OrderStatusChange);
        engine.Run("""
            New-AgilantAccount -Id 23526813 -FirstName Jane -LastName Doe -EmailAddress jdoe@abccompany.com -SkuNumber PREM-SECURITY -PurchaseDate 2020-01-01 -TransactionId 89023475 | Out-Null
            $account = Get-AgilantAccount 23526813
            $service = $account.Services[0]
            $link = Get-AgilantAgentLink 23526813
            $accountEvent = $AccountJson | ConvertFrom-AgilantWebhook
            $accountRow = [pscustomobject]@{ AccountId = '23526813'; FirstName = 'Jane' }
            $ticket = New-AgilantTicket -Subject s -Message m -EmailAddress a@testco.com
            $reply = Add-AgilantTicketReply $ticket.TicketNumber -Message r -EmailAddress b@testco.com
            $ticketEvent = $TicketJson.Replace('12345678', $ticket.TicketNumber) | ConvertFrom-AgilantWebhook
            $replyEvent = $ReplyJson.Replace('12345678', $ticket.TicketNumber) | ConvertFrom-AgilantWebhook
            $ticketRow = [pscustomobject]@{ TicketNumber = "$($ticket.TicketNumber)"; Subject = 's' }
            $order = Get-AgilantOrder 89023475
            $item = $order.Items[0]
            $orderEvent = $OrderJson | ConvertFrom-AgilantWebhook
            $orderRow = [pscustomobject]@{ OrderNumber = '89023475'; StoreNumber = '1' }
            $date = [datetime]'2026-01-01'
            $folder = [System.IO.DirectoryInfo]::new([System.IO.Path]::GetTempPath())
            $hashtable = @{ Id = '23526813'; TicketNumber = $ticket.TicketNumber; Number = '89023475' }
            $stranger = [pscustomobject]@{ Name = 'not a record' }
            """).ShouldHaveNoErrors();
    }

    /// <summary>Whether the error names the very object piped: a row by its wrapper (rows share one base object), anything else by what it wraps.</summary>
    private static bool SameObject(object? piped, object? target)
    {
        object? Inner(object? value) => value is PSObject { BaseObject: not PSCustomObject } wrapped ? wrapped.BaseObject : value;
        return Equals(Inner(piped), Inner(target));
    }

    private static string TypeName(object? piped) => piped is PSObject wrapped ? wrapped.TypeNames[0] : piped!.GetType().FullName!;
}
