namespace BorderScreening.Domain.Indicators;

/// <summary>One indicator that fired for a record, with the values that made it fire.</summary>
public sealed record FiredIndicator
{
    /// <summary>Stable indicator id, e.g. "TRV-SPONSOR-NETWORK".</summary>
    public string Id { get; init; } = "";

    /// <summary>The typology it points to.</summary>
    public Typology Typology { get; init; }

    /// <summary>Weight added to the typology score (negative for exonerating circumstances).</summary>
    public double Weight { get; init; }

    /// <summary>Evidence strength: strong, medium or weak.</summary>
    public string Strength { get; init; } = "medium";

    /// <summary>Whether this indicator forces a review whatever the score.</summary>
    public bool ForcesReview { get; init; }

    /// <summary>Whether the indicator is in shadow (recorded, not scored).</summary>
    public bool Shadow { get; init; }

    /// <summary>Short title in English (added with the catalogue engine; empty from older producers).</summary>
    public string TitleEn { get; init; } = "";

    /// <summary>Short title in Dutch (added with the catalogue engine; empty from older producers).</summary>
    public string TitleNl { get; init; } = "";

    /// <summary>Plain-language explanation in English with the concrete values.</summary>
    public string ExplanationEn { get; init; } = "";

    /// <summary>Plain-language explanation in Dutch with the concrete values.</summary>
    public string ExplanationNl { get; init; } = "";

    /// <summary>The published indicator list this comes from.</summary>
    public string Source { get; init; } = "";

    /// <summary>The values that triggered it, by name.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}
