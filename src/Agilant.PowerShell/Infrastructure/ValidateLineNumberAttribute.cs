using System;
using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// An optional line number: 1 or more, or null for not given. [ValidateRange(1, int.MaxValue)] would refuse the
    /// null that a blank CSV cell binds as.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateLineNumberAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            object? value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (value is int line && line < 1)
            {
                throw new ValidationMetadataException($"The line number {line} is less than 1: give 1 or more, or leave it out.");
            }
        }
    }
}
