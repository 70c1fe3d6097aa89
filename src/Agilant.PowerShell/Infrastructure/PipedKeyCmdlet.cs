using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Numerics;

namespace Agilant.PowerShell.Infrastructure
{
    /// <summary>
    /// A cmdlet acting on records named by one key (an account id, a ticket number, an order number), named on the
    /// command line or piped. Whatever is piped binds whole to -InputObject and its key is read here rather than by
    /// PowerShell's binder, which takes any object's text for a key that binds by value: a ticket piped into
    /// Remove-AgilantAccount would delete the account whose id is the ticket's number. A piped object gives its key as
    /// text or a number, or in a property named like the key parameter or one of its aliases (the module's records,
    /// the records and events that carry their key, CSV rows); anything else is an error naming it, and nothing is sent
    /// for it. An error about a record names the piped object, or the key when it was named on the command line.
    /// </summary>
    /// <typeparam name="TKey">The key's type: string or int.</typeparam>
    public abstract class PipedKeyCmdlet<TKey> : AgilantApiCmdlet
    {
        private const string PipelineSet = "InputObject";
        private const int ShownLength = 60;
        private string[]? keyNames;

        /// <summary>What is piped in: keys, or objects that carry one.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>The key parameter, e.g. "Id": a piped object carries the key in a property of its name or one of its aliases.</summary>
        protected abstract string KeyParameter { get; }

        /// <summary>What the key is called in messages, e.g. "account id".</summary>
        protected abstract string KeyNoun { get; }

        /// <summary>The keys named on the command line.</summary>
        protected abstract IEnumerable<TKey> NamedKeys { get; }

        private string[] KeyNames => keyNames ??= MyInvocation.MyCommand.Parameters[KeyParameter].Aliases.Prepend(KeyParameter).ToArray();

        /// <summary>Acts on one record; <paramref name="target"/> is what an error about it names.</summary>
        protected abstract void ProcessKey(TKey key, object target);

        protected sealed override void ProcessRecord()
        {
            if (ParameterSetName != PipelineSet)
            {
                foreach (TKey key in NamedKeys)
                {
                    ProcessKey(key, key!);
                }

                return;
            }

            foreach (PSObject piped in InputObject)
            {
                ProcessPiped(piped);
            }
        }

        private void ProcessPiped(PSObject piped)
        {
            object value = piped.BaseObject;
            if (value is TKey key && !IsBlank(key))
            {
                ProcessKey(key, key);
                return;
            }

            if (IsTextOrNumber(value))
            {
                ProcessValue(value, value, null);
                return;
            }

            PSPropertyInfo? carried = KeyNames.Select(name => piped.Properties[name]).FirstOrDefault(property => property is not null);
            if (carried is null)
            {
                WriteInputError(
                    $"{MyInvocation.MyCommand.Name} takes {KeyNoun}s: text, numbers, or objects with {Article(KeyNames[0])} {Names()} property; it got {Article(TypeOf(piped))} {Describe(piped)}, which is neither.",
                    $"Nothing was sent for it: pipe {KeyNoun}s or the records that carry them, or give -{KeyParameter}.",
                    "Agilant.WrongInputType",
                    piped);
                return;
            }

            ProcessValue(carried.Value, piped, carried.Name);
        }

        /// <param name="value">The key as piped, or as the piped object's property.</param>
        /// <param name="target">The piped object.</param>
        /// <param name="property">The property that carried the key, or null when the key itself was piped.</param>
        private void ProcessValue(object? value, object target, string? property)
        {
            TKey[] keys;
            try
            {
                keys = IsBlank(value) ? Array.Empty<TKey>() : LanguagePrimitives.ConvertTo<TKey[]>(value);
            }
            catch (PSInvalidCastException)
            {
                string given = property is null ? $"'{value}'" : $"The {property} '{value}' of the piped {Describe((PSObject)target)}";
                WriteInputError(
                    $"{given} is not {Article(KeyNoun)} {KeyNoun}{(typeof(TKey) == typeof(int) ? " (a whole number)" : string.Empty)}.",
                    "Nothing was sent for it: correct it and send it again.",
                    "Agilant.InvalidKey",
                    target);
                return;
            }

            if (keys.Length == 0 || keys.Any(key => IsBlank(key)))
            {
                WriteInputError(
                    property is null ? $"{MyInvocation.MyCommand.Name} got an empty {KeyNoun}." : $"The piped {Describe((PSObject)target)} has an empty {property}.",
                    $"Nothing was sent for it: give each record {Article(KeyNoun)} {KeyNoun}.",
                    "Agilant.InvalidKey",
                    target);
                return;
            }

            foreach (TKey key in keys)
            {
                ProcessKey(key, target);
            }
        }

        private void WriteInputError(string problem, string advice, string id, object target) =>
            WriteError(new ErrorRecord(new ArgumentException(problem), id, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails($"{problem} {advice}") { RecommendedAction = advice },
            });

        private string Names() => KeyNames.Length == 1
            ? KeyNames[0]
            : string.Join(", ", KeyNames.Take(KeyNames.Length - 1)) + " or " + KeyNames[KeyNames.Length - 1];

        private static bool IsBlank(object? value) =>
            value is null || (value is PSObject wrapped ? wrapped.BaseObject : value) is string text && text.Trim().Length == 0;

        /// <summary>Text and numbers are keys in themselves; an enumeration is not, though its type code is a number's.</summary>
        private static bool IsTextOrNumber(object value)
        {
            TypeCode code = Type.GetTypeCode(value.GetType());
            return value is string || value is BigInteger || (!value.GetType().IsEnum && code >= TypeCode.SByte && code <= TypeCode.Decimal);
        }

        private static string TypeOf(PSObject piped) => piped.TypeNames.Count > 0 ? piped.TypeNames[0] : piped.BaseObject.GetType().FullName!;

        /// <summary>The piped object as a message names it: its type, and its text where that says more.</summary>
        private static string Describe(PSObject piped)
        {
            string type = TypeOf(piped);
            string text = piped.ToString();
            if (text.Length > ShownLength)
            {
                text = text.Substring(0, ShownLength) + "...";
            }

            return text.Length == 0 || text == type ? type : $"{type} '{text}'";
        }

        private static string Article(string word) => "AEIOUaeiou".IndexOf(word[0]) >= 0 ? "an" : "a";
    }
}
