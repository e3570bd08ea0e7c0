namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// One partner's binding (configuration <c>Outcomes:Recorders:{name}</c>): the principals (Entra
/// object ids of the partner's application or staff) that record outcomes as <see cref="Partner"/> in
/// <see cref="Jurisdictions"/>. Together with the <c>Outcomes.Record</c> role and the token's
/// <c>jurisdictions</c> claim this makes the role one per partner and jurisdiction.
/// </summary>
public sealed class OutcomeRecorder
{
    /// <summary>The partner's id within its jurisdictions (as in <c>Signals:Partners</c>: "police", "victim-support").</summary>
    public string Partner { get; set; } = "";

    /// <summary>Jurisdiction codes ("CW"; "BQ" for its three islands).</summary>
    public IList<string> Jurisdictions { get; set; } = [];

    /// <summary>Object ids (or local subjects) allowed to record for the partner; no wildcard.</summary>
    public IList<string> Principals { get; set; } = [];
}
