namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// Names a condition may never use: attributes about who someone is, and their proxies (DESIGN §5).
/// The field registry has no accessor for any of them; this list exists so that a catalogue naming
/// one gets a specific error instead of "unknown field".
/// </summary>
internal static class ProtectedFieldNames
{
    /// <summary>Segments that name a protected attribute or a proxy when a field name contains them.</summary>
    private static readonly (string Fragment, string Why)[] Contained =
    [
        ("nationality", "nationality is a protected attribute"),
        ("citizenship", "citizenship is a protected attribute"),
        ("ethnic", "ethnicity is a protected attribute"),
        ("religio", "religion is a protected attribute"),
        ("gender", "gender is a protected attribute"),
        ("countryofbirth", "country of birth is a nationality proxy"),
        ("birthcountry", "country of birth is a nationality proxy"),
        ("placeofbirth", "place of birth is a nationality proxy"),
        ("birthplace", "place of birth is a nationality proxy"),
        ("issuingstate", "the document's issuing state is a nationality proxy"),
        ("mrz", "the machine readable zone carries nationality and sex"),
        ("surname", "names are an ethnicity proxy"),
        ("givenname", "names are an ethnicity proxy"),
        ("language", "language is an ethnicity proxy"),
    ];

    /// <summary>Segments that are protected when a field name segment equals or starts with them.</summary>
    private static readonly (string Prefix, string Why)[] Leading =
    [
        ("race", "race is a protected attribute"),
        ("sex", "sex is a protected attribute"),
        ("name", "names are an ethnicity proxy"),
        ("applicant", "the applicant's names are an ethnicity proxy"),
    ];

    /// <summary>The forbidden names, for documentation.</summary>
    public static IReadOnlyList<string> Listed { get; } =
    [
        "nationality", "citizenship", "ethnicity", "race", "religion", "sex", "gender", "countryOfBirth",
        "placeOfBirth", "audit.*", "document.issuingState", "document.mrz", "name.*", "applicant.*", "language",
        "and any field whose name is derived from these",
    ];

    /// <summary>Why a field name is forbidden, or null when it is not.</summary>
    public static string? Reason(string fieldName)
    {
        var lowered = fieldName.Trim().ToLowerInvariant();
        var segments = lowered.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 0 && segments[0].StartsWith("audit", StringComparison.Ordinal))
        {
            return "audit attributes are kept only to audit outcomes for disparate impact";
        }

        foreach (var segment in segments)
        {
            foreach (var (fragment, why) in Contained)
            {
                if (segment.Contains(fragment, StringComparison.Ordinal))
                {
                    return why;
                }
            }

            foreach (var (prefix, why) in Leading)
            {
                if (segment.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return why;
                }
            }
        }

        return null;
    }
}
