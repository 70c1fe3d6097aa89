using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Agilant.Emulator;
using Agilant.Emulator.Tests.Support;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// From a change made with the cmdlets, through the emulator's webhook, to a receiver that turns the request body
/// into an event and acts on it, as a runbook started by a webhook would.
/// </summary>
public class WebhookDeliveryTests
{
    [Fact]
    public async Task Webhooks_raised_by_changes_convert_to_events_that_pipe_into_the_Get_cmdlets()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await AgilantEmulator.StartAsync(new EmulatorOptions { WebhookUrl = receiver.Url });
        using var engine = Engine.ConnectedTo(emulator);
        engine.Run("""
            $ticket = New-AgilantTicket -Subject 'Webhook check' -Message m -EmailAddress ann@testco.com
            Set-AgilantTicket $ticket.TicketNumber -Status CLOSED
            Add-AgilantTicketReply $ticket.TicketNumber 'Closed now.' -EmailAddress desk@testco.com | Out-Null
            (Get-AgilantOrder 12345678).Items | Set-AgilantOrderItem -Paid $true
            New-AgilantAccount -Id HOOK-1 -FirstName Ann -LastName Lee -EmailAddress ann@testco.com | Out-Null
            """).ShouldHaveNoErrors();
        emulator.State.Accounts.Update("HOOK-1", account => account with { Status = "INACTIVE" });

        engine.Set("Bodies", await ReceiveAsync(receiver, 5));
        ScriptResult result = engine.Run("""
            $events = $Bodies | ConvertFrom-AgilantWebhook
            $events | ForEach-Object { $_.Webhook.ToString() }
            $events | Where-Object { $_.Webhook -like 'TICKET_*' } | Get-AgilantTicket | ForEach-Object { $_.Status.ToString() }
            $events | Where-Object { $_.Webhook -like '*ITEM*' } | Get-AgilantOrder | ForEach-Object { $_.Status.ToString(); $_.Items[0].Status.ToString() }
            $events | Where-Object { $_.Webhook -eq 'ACCOUNT_STATUS_CHANGE' } | Get-AgilantAccount | ForEach-Object { $_.Status.ToString() }
            """);

        result.ShouldHaveNoErrors();
        Assert.Equal(
            new[]
            {
                "TICKET_STATUS_CHANGE", "TICKET_REPLY", "ITEM_STATUS_CHANGE", "ORDER_STATUS_CHANGE", "ACCOUNT_STATUS_CHANGE",
                "CLOSED", "CLOSED",
                "QUOTE_PAYMENT_ACCEPTED", "PAID",
                "INACTIVE",
            },
            result.Output.Select(item => item.ToString()));
        Assert.All(emulator.Webhooks.Delivered, delivery => Assert.True(delivery.Succeeded, delivery.ToString()));
    }

    private static async Task<string[]> ReceiveAsync(WebhookReceiver receiver, int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var bodies = new List<string>();
        while (bodies.Count < count)
        {
            bodies.Add((await receiver.NextAsync(patience.Token)).Body);
        }

        return bodies.ToArray();
    }
}
