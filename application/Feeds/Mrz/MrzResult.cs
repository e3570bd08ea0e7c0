using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>What <see cref="MrzParser"/> read from a machine readable zone.</summary>
/// <param name="Format">The layout, or null when the lines fit none.</param>
/// <param name="Lines">The lines as read (trimmed, upper case).</param>
/// <param name="Fields">The fields; defaults when the format is unknown.</param>
/// <param name="CheckDigits">Every check digit of the layout with its verdict.</param>
/// <param name="Errors">Problems: unknown layout, invalid characters, wrong check digits, impossible dates.</param>
/// <param name="Warnings">Tolerated deviations (lower case, spaces, unknown parts of the birth date).</param>
public sealed record MrzResult(
    MrzFormat? Format,
    IReadOnlyList<string> Lines,
    MrzFields Fields,
    IReadOnlyList<CheckDigitVerdict> CheckDigits,
    IReadOnlyList<FieldError> Errors,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Whether the layout was recognised and every check passed.</summary>
    public bool IsValid => Format is not null && Errors.Count == 0;

    /// <summary>The verdict of a named check digit, or null when the layout has none of that name.</summary>
    public CheckDigitVerdict? CheckDigit(string name) => CheckDigits.FirstOrDefault(c => c.Name == name);

    /// <summary>The travel document, with the MRZ lines.</summary>
    public TravelDocument ToTravelDocument() => new()
    {
        Type = DocumentType(Fields.DocumentCode),
        Number = Fields.DocumentNumber,
        IssuingState = Fields.IssuingState.Length == 0 ? null : StateCode(Fields.IssuingState),
        Expiry = Fields.Expiry,
        Mrz = Lines,
    };

    /// <summary>The names as on the document.</summary>
    public PersonName ToPersonName() => new()
    {
        Surname = Fields.Surname,
        GivenNames = Fields.GivenNames.Length == 0 ? null : Fields.GivenNames,
    };

    /// <summary>Sex and nationality, for the audit-only attributes.</summary>
    public ProtectedAttributes ToAuditAttributes() => new()
    {
        Sex = Fields.Sex,
        Nationality = Fields.Nationality.Length == 0 ? null : StateCode(Fields.Nationality),
    };

    /// <summary>
    /// Maps the MRZ document code to the record's document type: AC crew member certificate → C,
    /// P… → P, V… → V, identity cards (I, A, C) → I.
    /// </summary>
    public static string DocumentType(string documentCode) => documentCode switch
    {
        "AC" => "C",
        ['P', ..] => "P",
        ['V', ..] => "V",
        ['I' or 'A' or 'C', ..] => "I",
        [var first, ..] => first.ToString(),
        _ => "O",
    };

    /// <summary>Germany's one-letter MRZ code "D" as its alpha-3 code, so all codes have three letters.</summary>
    public static string StateCode(string mrzCode) => mrzCode == "D" ? "DEU" : mrzCode;
}
