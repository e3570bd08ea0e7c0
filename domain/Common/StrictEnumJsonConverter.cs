using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderScreening.Domain.Common;

/// <summary>
/// Reads and writes an enumeration as its declared name, and reads nothing else: numbers (<c>12345</c>,
/// <c>"1"</c>), comma lists and unknown names are refused with a <see cref="JsonException"/> listing the
/// names, so an undefined value never reaches a service, storage or a training label.
/// <see cref="JsonStringEnumConverter{TEnum}"/> accepts all three, even with integers switched off it
/// reads "A, B" as a combination.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && EnumNames.TryParse<TEnum>(reader.GetString(), out var value)
            ? value
            : throw Refused();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(NameOf(value));
    }

    /// <inheritdoc />
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        EnumNames.TryParse<TEnum>(reader.GetString(), out var value) ? value : throw Refused();

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(NameOf(value));
    }

    // An undefined value can only come from a row written before values were checked. It is written
    // as its number (in a string), which this converter refuses to read back, rather than failing the
    // whole answer.
    private static string NameOf(TEnum value) => value.ToString();

    private static JsonException Refused() => new($"must be one of {EnumNames.Listed<TEnum>()}");
}
