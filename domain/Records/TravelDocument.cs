namespace BorderScreening.Domain.Records;

/// <summary>A travel document (passport, identity card, visa, residence permit).</summary>
public sealed record TravelDocument
{
    /// <summary>Document type: P (passport), I (identity card), V (visa), R (residence permit), C (crew member certificate), O (other).</summary>
    public string Type { get; init; } = "P";

    /// <summary>Document number.</summary>
    public string Number { get; init; } = "";

    /// <summary>Issuing state, ISO 3166-1 alpha-3 (as in the MRZ).</summary>
    public string? IssuingState { get; init; }

    /// <summary>Expiry date.</summary>
    public DateOnly? Expiry { get; init; }

    /// <summary>The machine readable zone lines, if the document was read.</summary>
    public IReadOnlyList<string>? Mrz { get; init; }
}
