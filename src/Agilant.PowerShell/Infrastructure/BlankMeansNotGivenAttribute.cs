using System;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Reads a blank value of an optional row field (an empty CSV cell: '' or spaces) as not given, so the field
    /// binds as its default: null, or <see cref="Default"/>. Left to itself, PowerShell makes a blank cell a 0 the user
    /// never wrote for a number, leaves it unbound for a date or an enumeration, and sends blank text as it is.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BlankMeansNotGivenAttribute : ArgumentTransformationAttribute
    {
        /// <summary>What a blank binds as, for a parameter whose default is not null.</summary>
        public object? Default { get; set; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is string text && text.Trim().Length == 0 ? Default : inputData;
        }
    }
}
