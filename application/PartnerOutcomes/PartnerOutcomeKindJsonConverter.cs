using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// Reads and writes <see cref="PartnerOutcomeKind"/> as its wire name and reads nothing else: numbers,
/// other spellings and unknown names are refused with a message listing the names, so the request's
/// problem names the field and what it accepts.
/// </summary>
public sealed class PartnerOutcomeKindJsonConverter : JsonConverter<PartnerOutcomeKind>
{
    /// <inheritdoc />
    public override PartnerOutcomeKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PartnerOutcomeKinds.TryParse(reader.GetString(), out var kind)
            ? kind
            : throw new JsonException($"must be one of {string.Join(", ", PartnerOutcomeKinds.All)}");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartnerOutcomeKind value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToName());
    }
}
