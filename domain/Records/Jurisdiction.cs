using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderScreening.Domain.Records;

/// <summary>
/// The six places whose border services use the product. Each is a separate data controller:
/// data, queues, keys and reviewers are partitioned by jurisdiction (DESIGN §5a).
/// </summary>
[JsonConverter(typeof(JurisdictionJsonConverter))]
public enum Jurisdiction
{
    /// <summary>Aruba.</summary>
    AW,
    /// <summary>Curaçao.</summary>
    CW,
    /// <summary>Sint Maarten.</summary>
    SX,
    /// <summary>Caribbean Netherlands: Bonaire.</summary>
    BQ_BO,
    /// <summary>Caribbean Netherlands: Sint Eustatius.</summary>
    BQ_SE,
    /// <summary>Caribbean Netherlands: Saba.</summary>
    BQ_SA,
}

/// <summary>Wire codes ("BQ-BO") and the review area a jurisdiction belongs to.</summary>
public static class JurisdictionCodes
{
    /// <summary>All jurisdictions in a stable order.</summary>
    public static IReadOnlyList<Jurisdiction> All { get; } = Enum.GetValues<Jurisdiction>();

    /// <summary>The code used on the wire and in storage keys, e.g. "BQ-BO".</summary>
    public static string ToCode(this Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.AW => "AW",
        Jurisdiction.CW => "CW",
        Jurisdiction.SX => "SX",
        Jurisdiction.BQ_BO => "BQ-BO",
        Jurisdiction.BQ_SE => "BQ-SE",
        Jurisdiction.BQ_SA => "BQ-SA",
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction)),
    };

    /// <summary>
    /// The review area: the three BQ islands share the Caribbean Netherlands' border task (KMar),
    /// so one reviewer role ("BQ") covers them.
    /// </summary>
    public static string ReviewArea(this Jurisdiction jurisdiction) =>
        jurisdiction is Jurisdiction.BQ_BO or Jurisdiction.BQ_SE or Jurisdiction.BQ_SA ? "BQ" : jurisdiction.ToCode();

    /// <summary>Parses a wire code case-insensitively ("bq-bo", "BQ_BO" and "BQ-BO" are the same).</summary>
    public static bool TryParse(string? code, out Jurisdiction jurisdiction)
    {
        jurisdiction = default;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var normalised = code.Trim().ToUpperInvariant().Replace('_', '-');
        foreach (var candidate in All)
        {
            if (candidate.ToCode() == normalised)
            {
                jurisdiction = candidate;
                return true;
            }
        }

        return false;
    }
}

/// <summary>Reads and writes jurisdictions as their wire codes.</summary>
internal sealed class JurisdictionJsonConverter : JsonConverter<Jurisdiction>
{
    /// <inheritdoc />
    public override Jurisdiction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && JurisdictionCodes.TryParse(reader.GetString(), out var value))
        {
            return value;
        }

        throw new JsonException("must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Jurisdiction value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToCode());
}
