namespace Agilant.Emulator.Json;

/// <summary>One field of a partial update: given (with its value, null included) or absent, which keeps the current value.</summary>
internal readonly record struct FieldUpdate<T>(bool IsGiven, T Value)
{
    public T Or(T current) => IsGiven ? Value : current;
}
