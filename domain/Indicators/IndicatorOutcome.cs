namespace BorderScreening.Domain.Indicators;

/// <summary>The result of evaluating the indicator catalogue on one record.</summary>
public sealed record IndicatorOutcome
{
    /// <summary>Version of the catalogue used.</summary>
    public string CatalogueVersion { get; init; } = "";

    /// <summary>Active indicators that fired (they count towards the score).</summary>
    public IReadOnlyList<FiredIndicator> Fired { get; init; } = [];

    /// <summary>Shadow indicators that fired (recorded for monitoring only).</summary>
    public IReadOnlyList<FiredIndicator> ShadowFired { get; init; } = [];

    /// <summary>Indicators that could not be evaluated, with the reason ("no booking data").</summary>
    public IReadOnlyList<NotEvaluatedIndicator> NotEvaluated { get; init; } = [];

    /// <summary>Indicators that fired but are snoozed for an entity of this record (not scored).</summary>
    public IReadOnlyList<FiredIndicator> Snoozed { get; init; } = [];

    /// <summary>Score per typology in [0, 1].</summary>
    public IReadOnlyDictionary<Typology, double> TypologyScores { get; init; } = new Dictionary<Typology, double>();

    /// <summary>One rules score in [0, 1].</summary>
    public double RulesScore { get; init; }

    /// <summary>Whether a fired indicator forces review.</summary>
    public bool ForcedReview => Fired.Any(f => f.ForcesReview);
}

/// <summary>An indicator whose inputs were missing.</summary>
public sealed record NotEvaluatedIndicator(string Id, string Reason);
