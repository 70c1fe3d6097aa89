namespace Agilant
{
    /// <summary>
    /// A field of a partial update: either not set (left out of the request) or set, possibly to null
    /// (sent as JSON null, which some fields read as "none").
    /// </summary>
    public readonly struct Optional<T> : IOptional
    {
        public Optional(T value)
        {
            Value = value;
            HasValue = true;
        }

        public bool HasValue { get; }

        public T Value { get; }

        object? IOptional.Value => Value;

        public static implicit operator Optional<T>(T value) => new Optional<T>(value);

        public override string ToString() => HasValue ? Value?.ToString() ?? "(null)" : "(not set)";
    }

    /// <summary>An Optional seen without its type argument.</summary>
    public interface IOptional
    {
        bool HasValue { get; }

        object? Value { get; }
    }
}
