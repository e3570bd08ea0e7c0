using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BorderScreening.Domain.Common;

/// <summary>
/// The JSON Schema of an enumeration read by <see cref="StrictEnumJsonConverter{TEnum}"/>: its names
/// (and null for a nullable one). The schema exporter cannot see through a custom converter and would
/// say <c>true</c> (anything goes), so the published record schemas and the OpenAPI document ask here.
/// </summary>
public static class StrictEnumSchema
{
    /// <summary>The names <paramref name="type"/> is read from, or null when it is no enumeration with the strict converter.</summary>
    public static IReadOnlyList<string>? Names(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var enumType = Nullable.GetUnderlyingType(type) ?? type;
        return enumType.IsEnum
            && enumType.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is { IsGenericType: true } converter
            && converter.GetGenericTypeDefinition() == typeof(StrictEnumJsonConverter<>)
            ? Enum.GetNames(enumType)
            : null;
    }

    /// <summary><c>{"enum": [names…]}</c> (with null for a nullable enumeration), or null when <paramref name="type"/> is no such enumeration.</summary>
    public static JsonObject? For(Type type)
    {
        if (Names(type) is not { } names)
        {
            return null;
        }

        var values = new JsonArray([.. names.Select(n => (JsonNode?)JsonValue.Create(n))]);
        if (Nullable.GetUnderlyingType(type) is not null)
        {
            values.Add(null);
        }

        return new JsonObject { ["enum"] = values };
    }
}
