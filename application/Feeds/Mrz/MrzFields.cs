namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>The fields of a machine readable zone, fillers removed.</summary>
public sealed record MrzFields
{
    /// <summary>Document code without filler: "P", "PD", "I", "ID", "AC", "V".</summary>
    public string DocumentCode { get; init; } = "";

    /// <summary>Issuing state or organisation (three-letter code; "D" for Germany).</summary>
    public string IssuingState { get; init; } = "";

    /// <summary>Primary identifier (surname), spaces for fillers inside it.</summary>
    public string Surname { get; init; } = "";

    /// <summary>Secondary identifier (given names), space separated; empty when absent.</summary>
    public string GivenNames { get; init; } = "";

    /// <summary>Document number, including a TD1/TD2 long number's overflow.</summary>
    public string DocumentNumber { get; init; } = "";

    /// <summary>Nationality (three-letter code).</summary>
    public string Nationality { get; init; } = "";

    /// <summary>Date of birth; null when unknown or unreadable.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>M, F or X (unspecified, filler in the MRZ).</summary>
    public string Sex { get; init; } = "X";

    /// <summary>Date of expiry; null when absent or unreadable.</summary>
    public DateOnly? Expiry { get; init; }

    /// <summary>Optional data: TD1 line 1, TD2, MRV; for TD3 the personal number.</summary>
    public string OptionalData { get; init; } = "";

    /// <summary>TD1 line 2 optional data.</summary>
    public string OptionalData2 { get; init; } = "";

    /// <summary>
    /// For a TD1/TD2 document number longer than nine characters: "Doc 9303" when its check digit
    /// leaves out the filler after the ninth character, "filler counted" when the issuer counted it.
    /// </summary>
    public string? LongNumberConvention { get; init; }
}
