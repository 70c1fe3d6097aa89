using System.Text.Json.Serialization.Metadata;

namespace Agilant.Client.Json
{
    internal static class OptionalProperties
    {
        /// <summary>Leaves an unset Optional property out of the JSON entirely: a partial update sends only what was named.</summary>
        public static void SendOnlyWhenSet(JsonTypeInfo typeInfo)
        {
            foreach (JsonPropertyInfo property in typeInfo.Properties)
            {
                if (typeof(IOptional).IsAssignableFrom(property.PropertyType))
                {
                    property.ShouldSerialize = (_, value) => value is IOptional optional && optional.HasValue;
                }
            }
        }
    }
}
