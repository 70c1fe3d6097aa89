using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Agilant.PowerShell.Tests.Support;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// Get-Help -Online opens the first related link of the installed help or, without one, the cmdlet's HelpUri: both
/// must be the cmdlet's page in docs/en-US on GitHub, which the page's front matter names as its online version.
/// </summary>
public class OnlineHelpTests
{
    private const string Pages = "https://github.com/agilantsolutions/Agilant.PowerShell/blob/main/docs/en-US/";

    public static TheoryData<string> Cmdlets() => new(ModuleManifestTests.ManifestCmdlets());

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void The_page_names_itself_on_GitHub_as_its_online_version(string cmdlet)
    {
        Assert.Equal(PageOnGitHub(cmdlet), OnlineVersion(cmdlet));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void HelpUri_and_the_first_related_link_are_the_page_on_GitHub(string cmdlet)
    {
        using var engine = new Engine();

        ScriptResult result = engine.Run($$"""
            "HelpUri $((Get-Command {{cmdlet}}).HelpUri)"
            "First related link $(@((Get-Help {{cmdlet}}).relatedLinks.navigationLink)[0].uri)"
            """);

        result.ShouldHaveNoErrors();
        string page = PageOnGitHub(cmdlet);
        Assert.Equal(new[] { "HelpUri " + page, "First related link " + page }, result.Output.Select(line => line.ToString()));
    }

    private static string PageOnGitHub(string cmdlet) => Pages + cmdlet + ".md";

    private static string OnlineVersion(string cmdlet)
    {
        string page = File.ReadAllText(Path.Combine(ModuleUnderTest.RepoRoot, "docs", "en-US", cmdlet + ".md"));
        return Regex.Match(page, @"^online version:[ \t]*(\S*)\r?$", RegexOptions.Multiline).Groups[1].Value;
    }
}
