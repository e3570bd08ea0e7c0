using BorderScreening.Domain.Records;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// Who records outcomes for which partner (configuration section "Outcomes"), keyed by a name for
/// people ("police-cw"). An <c>Outcomes.Record</c> caller without a binding records nothing (fail closed).
/// </summary>
public sealed class PartnerOutcomeOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Outcomes";

    /// <summary>Bindings by name.</summary>
    public IDictionary<string, OutcomeRecorder> Recorders { get; set; } = new Dictionary<string, OutcomeRecorder>(StringComparer.Ordinal);

    /// <summary>
    /// Whether every binding names a partner id, at least one jurisdiction code (or "BQ") and at least
    /// one principal, and no principal is a wildcard: one partner must never record as another.
    /// </summary>
    public bool IsValid => Recorders.Values.All(r =>
        Signals.SignalPartnerOptions.IdPattern().IsMatch(r.Partner)
        && r.Jurisdictions.Count > 0
        && r.Jurisdictions.All(c => c == "BQ" || JurisdictionCodes.TryParse(c, out _))
        && r.Principals.Count > 0
        && r.Principals.All(p => !string.IsNullOrWhiteSpace(p) && !p.Contains('*', StringComparison.Ordinal)));
}
