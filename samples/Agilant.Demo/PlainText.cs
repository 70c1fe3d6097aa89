using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;

/// <summary>
/// Writes output as Format-List would, roughly: the bare engine has no formatting cmdlets (they ship with pwsh,
/// not with System.Management.Automation).
/// </summary>
internal static class PlainText
{
    public static string Of(PSObject item)
    {
        if (item.BaseObject is string or ValueType)
        {
            return item.ToString();
        }

        var properties = item.Properties.Where(property => property.IsGettable).ToList();
        int width = properties.Max(property => property.Name.Length);
        return string.Join(Environment.NewLine, properties.Select(property => $"{property.Name.PadRight(width)} : {ValueOf(property)}")) + Environment.NewLine;
    }

    private static string ValueOf(PSPropertyInfo property)
    {
        object? value = property.Value is PSObject wrapped ? wrapped.BaseObject : property.Value;
        return value switch
        {
            null => string.Empty,
            string text => text,
            IEnumerable items => "{" + string.Join(", ", items.Cast<object>()) + "}",
            _ => value.ToString() ?? string.Empty,
        };
    }
}
