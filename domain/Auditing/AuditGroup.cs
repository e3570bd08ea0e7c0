using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Auditing;

/// <summary>
/// The audit-only groups of one record: coarse nationality group, sex and age band. Derived from
/// <see cref="ProtectedAttributes"/> and the birth date at screening time and stored beside the
/// assessment (never in it, never read by indicators or the model), only so monitoring can compare
/// outcomes between groups (DESIGN §5).
/// </summary>
public sealed record AuditGroup(string NationalityGroup, string Sex, string AgeBand)
{
    /// <summary>The audit dimensions, in report order.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = ["nationalityGroup", "sex", "ageBand"];

    /// <summary>The group of a record screened on <paramref name="day"/>.</summary>
    public static AuditGroup Of(ScreeningRecord record, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(record);
        var audit = record.AuditAttributes;
        var birth = record switch
        {
            TravellerRecord t => t.BirthDate,
            WorkPermitRecord w => w.BirthDate,
            _ => null,
        };
        var sex = audit?.Sex?.Trim().ToUpperInvariant() is "M" or "F" or "X" ? audit.Sex.Trim().ToUpperInvariant() : "unknown";
        return new AuditGroup(NationalityGroups.Of(audit?.Nationality), sex, AgeBandOf(birth, day));
    }

    /// <summary>Coarse age bands; coarse for the same reason as the nationality groups.</summary>
    public static string AgeBandOf(DateOnly? birthDate, DateOnly day)
    {
        if (birthDate is not { } birth || birth > day)
        {
            return "unknown";
        }

        var age = day.Year - birth.Year - ((day.Month, day.Day).CompareTo((birth.Month, birth.Day)) < 0 ? 1 : 0);
        return age switch
        {
            < 18 => "0-17",
            < 25 => "18-24",
            < 35 => "25-34",
            < 50 => "35-49",
            _ => "50+",
        };
    }

    /// <summary>The group in one dimension (see <see cref="Dimensions"/>).</summary>
    public string In(string dimension) => dimension switch
    {
        "nationalityGroup" => NationalityGroup,
        "sex" => Sex,
        "ageBand" => AgeBand,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown audit dimension."),
    };

    /// <summary>The stored column value ("Asia|F|25-34"); the parts never contain a bar.</summary>
    public string Encode() => $"{NationalityGroup}|{Sex}|{AgeBand}";

    /// <summary>Reads a stored column value; null when absent or malformed.</summary>
    public static AuditGroup? Decode(string? value)
    {
        var parts = value?.Split('|');
        return parts is { Length: 3 } ? new AuditGroup(parts[0], parts[1], parts[2]) : null;
    }
}
