using System.Linq;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>Get-Help in the real engine, reading the MAML the build put beside the module.</summary>
public class HelpTests
{
    public static TheoryData<string> Cmdlets() => new(ModuleManifestTests.ManifestCmdlets());

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Get_Help_Full_gives_a_synopsis_a_description_every_parameter_and_two_examples(string cmdlet)
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run($$"""
            $help = Get-Help {{cmdlet}} -Full
            $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
            $described = @($help.parameters.parameter | Where-Object { ($_.description | ForEach-Object Text) -join '' } | ForEach-Object name)
            [pscustomobject]@{
                Synopsis = [string]$help.Synopsis
                Description = ($help.description | ForEach-Object Text) -join ' '
                Examples = @($help.examples.example | Where-Object { $_.code.Trim() -and ($_.remarks | ForEach-Object Text) -join '' })
                Undescribed = @((Get-Command {{cmdlet}}).Parameters.Keys | Where-Object { $_ -notin $common -and $_ -notin $described })
            }
            """);

        result.ShouldHaveNoErrors();
        dynamic help = Assert.Single(result.Output);
        string synopsis = help.Synopsis;
        Assert.False(string.IsNullOrWhiteSpace(synopsis));
        Assert.DoesNotContain("{{", synopsis);
        Assert.False(synopsis.StartsWith(cmdlet + " "), $"{cmdlet} has no help: its synopsis is its syntax.");
        Assert.False(string.IsNullOrWhiteSpace((string)help.Description));
        Assert.True(((object[])help.Examples).Length >= 2, $"{cmdlet} has fewer than two examples with code and a description.");
        Assert.Empty(((object[])help.Undescribed).Select(name => name.ToString()));
    }

    [Fact]
    public void About_Agilant_is_found_by_Get_Help()
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run("Get-Help about_Agilant | ForEach-Object { $_.ToString() }");

        result.ShouldHaveNoErrors();
        Assert.Contains("Connect-Agilant", string.Join("\n", result.Output));
    }
}
