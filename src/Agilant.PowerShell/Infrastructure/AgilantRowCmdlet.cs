using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// A cmdlet that acts on one record per input object, e.g. a service from Get-AgilantService or a row of
    /// Import-Csv. The object binds whole to -InputObject while its fields bind by property name, so that an error can
    /// name the user's own object as its target.
    /// </summary>
    /// <remarks>
    /// Optional fields must be nullable, carry [BlankMeansNotGiven] (an empty CSV cell is not given) and read as
    /// "not given" when null: between records PowerShell resets them to their defaults but keeps their names in
    /// BoundParameters, so IsBound would see the previous record's fields. The cmdlets that create from many rows
    /// read them themselves instead (<see cref="WholeRowCmdlet"/>).
    /// </remarks>
    public abstract class AgilantRowCmdlet : AgilantApiCmdlet
    {
        /// <summary>The input object; its properties bind by name to the other parameters.</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>What an error about this record names: the piped object when there is one.</summary>
        protected object RowOr(object fromParameters) => InputObject ?? fromParameters;
    }
}
