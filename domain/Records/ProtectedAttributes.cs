namespace BorderScreening.Domain.Records;

/// <summary>
/// Attributes about who someone is. They are kept apart, only to audit outcomes for disparate
/// impact: no rule condition and no model feature may read them (DESIGN §5).
/// </summary>
public sealed record ProtectedAttributes
{
    /// <summary>Sex as on the travel document (M, F, X).</summary>
    public string? Sex { get; init; }

    /// <summary>Nationality, ISO 3166-1 alpha-3 as in the MRZ.</summary>
    public string? Nationality { get; init; }
}
