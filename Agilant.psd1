@{
    RootModule           = 'Agilant.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '6f0d3c9e-3a51-4c0b-9f7a-2f8e4b1d5a77'
    Author               = 'Agilant PowerShell module developers'
    CompanyName          = 'Agilant Solutions, Inc.'
    Copyright            = '(c) Agilant Solutions, Inc. All rights reserved.'
    Description          = 'Cmdlets for the Agilant Solutions REST APIs: TOGaDesk tickets, accounts and services, orders and diagnostics.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    TypesToProcess       = @('Agilant.Types.ps1xml')
    FormatsToProcess     = @('Agilant.Format.ps1xml')
    # Imported before the root module: from then on the loader decides where the module's dependencies load.
    NestedModules        = @('Agilant.Loader.dll')
    CmdletsToExport      = @(
        'Connect-Agilant'
        'Disconnect-Agilant'
        'Get-AgilantSession'
        'New-AgilantTicket'
        'Get-AgilantTicket'
        'Set-AgilantTicket'
        'Add-AgilantTicketReply'
        'New-AgilantAccount'
        'Get-AgilantAccount'
        'Set-AgilantAccount'
        'Remove-AgilantAccount'
        'Get-AgilantAgentLink'
        'New-AgilantService'
        'Get-AgilantService'
        'Set-AgilantService'
        'Remove-AgilantService'
        'Get-AgilantOrder'
        'Set-AgilantOrder'
        'Set-AgilantOrderItem'
        'Remove-AgilantOrderItem'
        'Send-AgilantDiagnostic'
        'ConvertFrom-AgilantWebhook'
        'Receive-AgilantWebhook'
        'Invoke-AgilantRequest'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Agilant', 'TOGa', 'TOGaDesk', 'Ticketing', 'Accounts', 'Orders', 'Webhooks', 'REST', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/agilantsolutions/Agilant.PowerShell'
            LicenseUri   = 'https://github.com/agilantsolutions/Agilant.PowerShell/blob/main/LICENSE'
            ReleaseNotes = 'First release: session and signing, tickets, accounts and services (bulk creation from CSV), orders and diagnostics, webhook events, raw requests.'
        }
    }
    HelpInfoUri          = 'https://github.com/agilantsolutions/Agilant.PowerShell/releases/latest/download/'
}
