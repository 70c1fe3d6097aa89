using System.Management.Automation;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// What a create cmdlet run with -Resume writes: the record with an AlreadyThere property (true for one an earlier
    /// run made, false for one made now) on every record alike, so that Where-Object and Export-Csv see one shape, and a
    /// type name of its own ("Agilant.Account#Resume") whose table view shows the column.
    /// </summary>
    internal static class ResumedOutput
    {
        public const string PropertyName = "AlreadyThere";

        public static PSObject Of(object record, bool alreadyThere)
        {
            var output = new PSObject(record);
            output.Properties.Add(new PSNoteProperty(PropertyName, alreadyThere));
            output.TypeNames.Insert(0, record.GetType().FullName + "#Resume");
            return output;
        }
    }
}
