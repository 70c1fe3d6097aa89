using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Agilant.PowerShell.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Agilant.PowerShell.Tests;

/// <summary>
/// The MAML in en-US/ is generated from docs/en-US by platyPS (./build.ps1) and committed. This checks, without
/// pwsh, that it still says what the pages say: synopsis, description, examples and every parameter.
/// </summary>
public class HelpSourceTests
{
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static TheoryData<string> Cmdlets() => new(ModuleManifestTests.ManifestCmdlets());

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void The_generated_help_says_what_the_page_says(string cmdlet)
    {
        Page page = Page.Read(Path.Combine(ModuleUnderTest.RepoRoot, "docs", "en-US", cmdlet + ".md"));
        XElement help = XDocument.Load(Path.Combine(ModuleUnderTest.RepoRoot, "en-US", "Agilant.dll-Help.xml")).Root!
            .Elements(Command + "command")
            .Single(command => command.Element(Command + "details")!.Element(Command + "name")!.Value.Trim() == cmdlet);
        const string Regenerate = "en-US/Agilant.dll-Help.xml is older than docs/en-US: regenerate it with ./build.ps1";

        Assert.True(Flat(page.Section("SYNOPSIS")) == Flat(Paras(help.Element(Command + "details")!.Element(Maml + "description"))), Regenerate);
        Assert.True(Flat(page.Section("DESCRIPTION")) == Flat(Paras(help.Element(Maml + "description"))), Regenerate);
        Assert.Equal(page.Examples, help.Descendants(Dev + "code").Select(code => code.Value.Replace("\r\n", "\n").Trim()));
        Assert.Equal(
            page.ExampleRemarks.Select(Flat),
            help.Descendants(Command + "example").Select(example => Flat(Paras(example.Element(Dev + "remarks")))));
        foreach ((string name, string description) in page.Parameters)
        {
            XElement? parameter = help.Element(Command + "parameters")?.Elements(Command + "parameter")
                .SingleOrDefault(candidate => candidate.Element(Maml + "name")!.Value == name);
            Assert.True(parameter is not null, $"-{name} is on the page but not in the MAML: {Regenerate}");
            Assert.True(Flat(description) == Flat(Paras(parameter!.Element(Maml + "description"))), $"-{name}: {Regenerate}");
        }
    }

    private static string Paras(XElement? description) =>
        string.Join(" ", description?.Elements(Maml + "para").Select(para => para.Value) ?? Enumerable.Empty<string>());

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>A platyPS page read with Markdig: its sections' text, its example code and its parameters' descriptions.</summary>
    private sealed class Page
    {
        private readonly Dictionary<string, List<string>> sections = new();

        public List<string> Examples { get; } = new();

        public List<string> ExampleRemarks { get; } = new();

        public List<(string Name, string Description)> Parameters { get; } = new();

        public string Section(string heading) => string.Join(" ", sections.GetValueOrDefault(heading) ?? new List<string>());

        public static Page Read(string path)
        {
            string markdown = File.ReadAllText(path).Replace("\r\n", "\n");
            var page = new Page();
            string section = string.Empty;
            string? parameter = null;
            foreach (Block block in Markdown.Parse(markdown))
            {
                switch (block)
                {
                    case HeadingBlock { Level: 2 } heading:
                        section = Text(heading);
                        parameter = null;
                        break;
                    case HeadingBlock { Level: 3 } heading when section == "PARAMETERS":
                        parameter = Text(heading).TrimStart('-');
                        break;
                    case FencedCodeBlock code when section == "EXAMPLES":
                        page.Examples.Add(code.Lines.ToString().Trim());
                        page.ExampleRemarks.Add(string.Empty);
                        break;
                    case ParagraphBlock paragraph when section == "EXAMPLES" && page.ExampleRemarks.Count > 0:
                        page.ExampleRemarks[^1] += " " + markdown.Substring(paragraph.Span.Start, paragraph.Span.Length);
                        break;
                    case ParagraphBlock paragraph when parameter is not null && !page.Parameters.Any(known => known.Name == parameter):
                        page.Parameters.Add((parameter, markdown.Substring(paragraph.Span.Start, paragraph.Span.Length)));
                        break;
                    case ParagraphBlock paragraph when section is "SYNOPSIS" or "DESCRIPTION":
                        if (!page.sections.TryGetValue(section, out List<string>? texts))
                        {
                            page.sections[section] = texts = new List<string>();
                        }

                        texts.Add(markdown.Substring(paragraph.Span.Start, paragraph.Span.Length));
                        break;
                }
            }

            page.Parameters.RemoveAll(known => known.Name == "CommonParameters");
            return page;
        }

        private static string Text(HeadingBlock heading) =>
            string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
    }
}
