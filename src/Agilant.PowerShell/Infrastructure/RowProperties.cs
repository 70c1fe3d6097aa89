using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// Finds, for each row field, the row's property that gives it: the first of the field's names (the parameter's,
    /// then its aliases) that the row has, as <c>row.Properties[name]</c> would find it. Asking for a name a row lacks is
    /// what costs: PowerShell then searches the type table and the adapter, about 17 µs a row for a fresh Import-Csv row
    /// and the fields of New-AgilantAccount, as much as sending it. So a row that is a PSCustomObject (Import-Csv,
    /// Select-Object, [pscustomobject]) has its own properties read in one pass, and a name is asked only where the
    /// type table or the adapter has it for rows of its type names, which is found out once per set of type names on an
    /// empty object of the same names. Other rows, and a PowerShell whose PSObject keeps its own properties elsewhere,
    /// are asked name by name.
    /// </summary>
    internal sealed class RowProperties
    {
        // PSObject keeps the properties added to it (Import-Csv's columns, Add-Member's) in a collection PowerShell offers
        // no public way to read alone, and whose enumerator copies it into a new list, under a lock, for every row; so
        // the dictionary behind it is read by index. Nothing changes a row while the pipeline thread reads it.
        private static readonly Func<PSObject, IOrderedDictionary>? OwnMembersOf = FindOwnMembers();

        // The type names as PSObject holds them: for a row with no names of its own, the one list every object of its
        // type shares, where the public TypeNames copies it for each row (under a lock) in case it is changed.
        private static readonly Func<PSObject, Collection<string>>? HeldTypeNamesOf = FindInternal<Collection<string>>("InternalTypeNames");

        private readonly IReadOnlyList<IReadOnlyList<string>> namesOfFields;
        private readonly Dictionary<string, (int Field, int Rank)> fieldOfName = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        private readonly PSPropertyInfo?[] found;

        // The own properties' names of the last row read, by position (null where a member is no property), and the
        // position and rank of each field's property among them: the rows of one Import-Csv share their column names'
        // strings, so a row whose names are the same strings in the same places is read without looking a name up.
        private readonly int[] memberOfField;
        private readonly int[] rankOfField;
        private string?[] shapeNames = Array.Empty<string?>();
        private Collection<string>? heldTypeNames;
        private List<string>? typeNames;
        private HashSet<string>? namesOfType;

        /// <param name="namesOfFields">Each field's names, the parameter's first.</param>
        public RowProperties(IReadOnlyList<IReadOnlyList<string>> namesOfFields)
        {
            this.namesOfFields = namesOfFields;
            found = new PSPropertyInfo?[namesOfFields.Count];
            memberOfField = new int[namesOfFields.Count];
            rankOfField = new int[namesOfFields.Count];
            for (int field = 0; field < namesOfFields.Count; field++)
            {
                for (int rank = 0; rank < namesOfFields[field].Count; rank++)
                {
                    fieldOfName[namesOfFields[field][rank]] = (field, rank);
                }
            }
        }

        /// <summary>Whether this PowerShell lets a PSCustomObject row's own properties be read in one pass.</summary>
        public static bool ReadsOwnPropertiesAtOnce => OwnMembersOf is not null;

        /// <summary>Finds the row's property of every field; <see cref="Of"/> then gives each.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Read(PSObject row)
        {
            if (OwnMembersOf is null || !(row.BaseObject is PSCustomObject))
            {
                for (int field = 0; field < found.Length; field++)
                {
                    found[field] = AskFirst(row, field, namesOfFields[field].Count, name => true);
                }

                return;
            }

            IOrderedDictionary members = OwnMembersOf(row);
            if (!HasShapeOf(members))
            {
                LearnShape(members);
            }

            for (int field = 0; field < found.Length; field++)
            {
                int member = memberOfField[field];
                found[field] = member < 0 ? null : (PSPropertyInfo)members[member]!;
            }

            HashSet<string> ofType = NamesOfType(row);
            if (ofType.Count == 0)
            {
                return;
            }

            for (int field = 0; field < found.Length; field++)
            {
                int before = Math.Min(rankOfField[field], namesOfFields[field].Count);
                found[field] = AskFirst(row, field, before, ofType.Contains) ?? found[field];
            }
        }

        /// <summary>The property that gives the field in the row last read, or null when the row has none of its names.</summary>
        public PSPropertyInfo? Of(int field) => found[field];

        [MethodImpl(HotPath.Optimized)]
        private bool HasShapeOf(IOrderedDictionary members)
        {
            if (members.Count != shapeNames.Length)
            {
                return false;
            }

            for (int index = 0; index < shapeNames.Length; index++)
            {
                if (!ReferenceEquals(PropertyName(members[index]), shapeNames[index]))
                {
                    return false;
                }
            }

            return true;
        }

        private void LearnShape(IOrderedDictionary members)
        {
            if (shapeNames.Length != members.Count)
            {
                shapeNames = new string?[members.Count];
            }

            for (int field = 0; field < memberOfField.Length; field++)
            {
                memberOfField[field] = -1;
                rankOfField[field] = int.MaxValue;
            }

            for (int index = 0; index < shapeNames.Length; index++)
            {
                string? name = shapeNames[index] = PropertyName(members[index]);
                if (name is not null && fieldOfName.TryGetValue(name, out (int Field, int Rank) given) && given.Rank < rankOfField[given.Field])
                {
                    memberOfField[given.Field] = index;
                    rankOfField[given.Field] = given.Rank;
                }
            }
        }

        private static string? PropertyName(object? member) => member is PSPropertyInfo property ? property.Name : null;

        private PSPropertyInfo? AskFirst(PSObject row, int field, int ranksBefore, Func<string, bool> mayHave)
        {
            IReadOnlyList<string> names = namesOfFields[field];
            for (int rank = 0; rank < ranksBefore; rank++)
            {
                if (mayHave(names[rank]) && row.Properties[names[rank]] is PSPropertyInfo property)
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>The field names that rows of this row's type names have from the type table or the adapter.</summary>
        [MethodImpl(HotPath.Optimized)]
        private HashSet<string> NamesOfType(PSObject row)
        {
            Collection<string>? held = HeldTypeNamesOf?.Invoke(row);
            if (namesOfType is not null && held is not null && ReferenceEquals(held, heldTypeNames))
            {
                return namesOfType;
            }

            Collection<string> rowTypeNames = held ?? row.TypeNames;
            heldTypeNames = held;
            if (namesOfType is not null && SameNames(rowTypeNames, typeNames!))
            {
                return namesOfType;
            }

            var empty = new PSObject();
            empty.TypeNames.Clear();
            foreach (string typeName in rowTypeNames)
            {
                empty.TypeNames.Add(typeName);
            }

            namesOfType = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in fieldOfName.Keys)
            {
                if (empty.Properties[name] is not null)
                {
                    namesOfType.Add(name);
                }
            }

            typeNames = new List<string>(rowTypeNames);
            return namesOfType;
        }

        private static bool SameNames(Collection<string> names, List<string> known)
        {
            if (names.Count != known.Count)
            {
                return false;
            }

            for (int i = 0; i < known.Count; i++)
            {
                if (!string.Equals(names[i], known[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A reader of the dictionary that holds a PSObject's own members (PowerShell 7's Members property, Windows
        /// PowerShell's members field), or null where this PowerShell keeps them otherwise.
        /// </summary>
        private static Func<PSObject, IOrderedDictionary>? FindOwnMembers()
        {
            const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
            try
            {
                PropertyInfo? instanceMembers = typeof(PSObject).GetProperty("InstanceMembers", Internal);
                if (instanceMembers is null)
                {
                    return null;
                }

                ParameterExpression row = Expression.Parameter(typeof(PSObject), "row");
                Expression collection = Expression.Property(row, instanceMembers);
                Type collectionType = instanceMembers.PropertyType;
                Expression? dictionary = collectionType.GetProperty("Members", Internal) is PropertyInfo property
                    ? Expression.Property(collection, property)
                    : collectionType.GetField("members", Internal) is FieldInfo field ? Expression.Field(collection, field) : null;
                return dictionary is not null && typeof(IOrderedDictionary).IsAssignableFrom(dictionary.Type)
                    ? Expression.Lambda<Func<PSObject, IOrderedDictionary>>(Expression.Convert(dictionary, typeof(IOrderedDictionary)), row).Compile()
                    : null;
            }
            catch (Exception unreadable) when (unreadable is ArgumentException || unreadable is InvalidOperationException || unreadable is MemberAccessException)
            {
                return null;
            }
        }

        /// <summary>A getter of one of PSObject's internal properties, or null where this PowerShell has none such.</summary>
        private static Func<PSObject, T>? FindInternal<T>(string property)
            where T : class
        {
            try
            {
                MethodInfo? getter = typeof(PSObject).GetProperty(property, BindingFlags.NonPublic | BindingFlags.Instance)?.GetGetMethod(nonPublic: true);
                return getter is not null && typeof(T).IsAssignableFrom(getter.ReturnType)
                    ? (Func<PSObject, T>)getter.CreateDelegate(typeof(Func<PSObject, T>))
                    : null;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
