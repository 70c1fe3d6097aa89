using System;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Lets a [bool] parameter take the text of a CSV cell ("True", "false", "yes", "0"): PowerShell binds only
    /// booleans and numbers to one, so Import-Csv rows would otherwise fail to bind at all.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BooleanTextAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (!(value is string text))
            {
                return inputData;
            }

            switch (text.Trim().ToUpperInvariant())
            {
                case "TRUE":
                case "YES":
                case "Y":
                case "1":
                    return true;
                case "FALSE":
                case "NO":
                case "N":
                case "0":
                    return false;
                default:
                    throw new ArgumentTransformationMetadataException($"'{text}' is not a yes or no value: use True or False.");
            }
        }
    }
}
