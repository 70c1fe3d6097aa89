# The ticket cmdlets end to end. $BaseUri, $PublicKey and $SecretKey (a SecureString) come from the demo host.
Connect-Agilant -BaseUri $BaseUri -PublicKey $PublicKey -SecretKey $SecretKey

"== New-AgilantTicket"
$ticket = New-AgilantTicket -Subject "My computer won't boot up" -Message 'I cannot get the computer to boot into Windows' `
    -EmailAddress johnsmith@testco.com -FirstName John -LastName Smith -Priority HIGH
"Created ticket $($ticket.TicketNumber)"

"== Add-AgilantTicketReply"
Add-AgilantTicketReply $ticket.TicketNumber -Message 'Have you tried powering the system off then on?' -EmailAddress janedoe@testco.com -FirstName Jane

"== Set-AgilantTicket -Status IN_PROGRESS -PassThru (only the status is sent)"
Set-AgilantTicket $ticket.TicketNumber -Status IN_PROGRESS -PassThru

"== Many numbers through the pipeline, one of them unknown (a non-terminating error, the rest go on)"
$second = New-AgilantTicket -Subject 'Printer jams' -Message 'Paper jam on floor 2' -EmailAddress ann@testco.com
$ticket.TicketNumber, 99999, $second.TicketNumber | Get-AgilantTicket -ErrorAction SilentlyContinue -ErrorVariable missing |
    ForEach-Object { "$($_.TicketNumber) $($_.Status) $($_.Subject)" }
"Not found: $($missing.TargetObject)"

"== -WhatIf sends nothing"
Set-AgilantTicket $ticket.TicketNumber -Status CLOSED -WhatIf
"Status is still $((Get-AgilantTicket $ticket.TicketNumber).Status)"

"== Invoke-AgilantRequest: any route, the answer as objects"
(Invoke-AgilantRequest "/ticket/$($second.TicketNumber)").ticket
