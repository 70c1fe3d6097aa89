using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace Agilant.PowerShell.Tests.Support;

/// <summary>Everything one script run produced, stream by stream.</summary>
internal sealed class ScriptResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }

    public required IReadOnlyList<ErrorRecord> Errors { get; init; }

    public required IReadOnlyList<string> Verbose { get; init; }

    public required IReadOnlyList<string> Debug { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The information stream: Write-Host and Write-Information, which a host shows and the output never holds.</summary>
    public required IReadOnlyList<InformationRecord> Information { get; init; }

    /// <summary>
    /// The error a script's <c>try { ... } catch { $_ }</c> output. Only a terminating error reaches a catch block,
    /// so finding it here is the proof that the command stopped rather than went on to the next record.
    /// </summary>
    public ErrorRecord Caught => Assert.Single(Output.Select(item => item.BaseObject).OfType<ErrorRecord>());

    /// <summary>The error that ended the script, if one did.</summary>
    public RuntimeException? Terminating { get; init; }

    /// <summary>The output objects of a module type, e.g. "Agilant.Ticket", for reading through their properties.</summary>
    /// <remarks>The tests never reference the module's assemblies: the module is loaded only by Import-Module, as a user would.</remarks>
    public IReadOnlyList<dynamic> Objects(string typeName) =>
        Output.Where(item => item.BaseObject.GetType().FullName == typeName).Cast<dynamic>().ToList();

    /// <summary>All text a user could see, for checking that a secret appears nowhere.</summary>
    public string AllText() => string.Join(
        "\n",
        Output.Select(item => item.ToString())
            .Concat(Output.SelectMany(item => item.Properties.Select(property => SafeText(() => property.Value))))
            .Concat(Errors.SelectMany(Describe))
            .Concat(Verbose)
            .Concat(Debug)
            .Concat(Warnings)
            .Concat(Information.Select(record => Convert.ToString(record.MessageData) ?? string.Empty))
            .Concat(Terminating is null ? Array.Empty<string>() : Describe(Terminating.ErrorRecord)));

    public void ShouldHaveNoErrors()
    {
        Assert.True(Terminating is null, $"The script stopped: {Terminating?.Message}");
        Assert.True(Errors.Count == 0, "Errors: " + string.Join(" | ", Errors.Select(error => error.ToString())));
    }

    private static IEnumerable<string> Describe(ErrorRecord error) => new[]
    {
        error.ToString(),
        error.Exception.ToString(),
        error.ErrorDetails?.Message ?? string.Empty,
        error.ErrorDetails?.RecommendedAction ?? string.Empty,
        Convert.ToString(error.TargetObject) ?? string.Empty,
    };

    private static string SafeText(Func<object?> read)
    {
        try
        {
            return Convert.ToString(read()) ?? string.Empty;
        }
        catch (Exception unreadable)
        {
            return unreadable.Message;
        }
    }
}
