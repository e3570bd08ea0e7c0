using BorderScreening.Core.Records;
using BorderScreening.Core.Risk;

namespace BorderScreening.Core.HitQueues;

/// <summary>
/// What travels on a jurisdiction's hit queue: ids and routing facts only, never personal data. The
/// intake reads the case itself from storage.
/// </summary>
public sealed record HitMessage
{
    /// <summary>Case id; also the message id, so duplicate detection drops repeats.</summary>
    public string CaseId { get; init; } = "";

    /// <summary>Assessment id.</summary>
    public string AssessmentId { get; init; } = "";

    /// <summary>Jurisdiction (decides the queue).</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>Priority, 1 (most urgent) to 5.</summary>
    public int Priority { get; init; }

    /// <summary>Deadline; the message expires then.</summary>
    public DateTimeOffset Deadline { get; init; }

    /// <summary>Combined score.</summary>
    public double Score { get; init; }

    /// <summary>Band.</summary>
    public RiskBand Band { get; init; }

    /// <summary>Typologies of the indicators that fired (for worklist filters).</summary>
    public IReadOnlyList<Indicators.Typology> Typologies { get; init; } = [];

    /// <summary>Whether a forced-review indicator fired (counted apart from capacity).</summary>
    public bool ForcedReview { get; init; }
}
