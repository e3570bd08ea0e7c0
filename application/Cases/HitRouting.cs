using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;

namespace BorderScreening.Application.Cases;

/// <summary>
/// The routing facts of a hit, decided once when the record is scored: ids, jurisdiction, urgency
/// and the score's summary, never personal data. This is what travels on a jurisdiction's hit
/// queue; the worklist row and the stored case extend it rather than copy it.
/// </summary>
public record HitRouting
{
    /// <summary>Case id; also the message id, so duplicate detection drops repeats.</summary>
    public string CaseId { get; init; } = "";

    /// <summary>The assessment that raised it (the same id: one case per assessment at most).</summary>
    public string AssessmentId { get; init; } = "";

    /// <summary>Jurisdiction whose reviewers own it (decides the queue).</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>Priority, 1 (most urgent) to 5.</summary>
    public int Priority { get; init; }

    /// <summary>Review deadline; the queue message expires then.</summary>
    public DateTimeOffset Deadline { get; init; }

    /// <summary>Combined score (left out of answers to a reviewer who may not see it yet, see <c>ScoreBlinding</c>).</summary>
    [ConcealedWhen("ScoresHidden")]
    public double Score { get; init; }

    /// <summary>Band (concealed like <see cref="Score"/>).</summary>
    [ConcealedWhen("ScoresHidden")]
    public RiskBand Band { get; init; }

    /// <summary>Typologies of the indicators that fired (for worklist filters).</summary>
    public IReadOnlyList<Typology> Typologies { get; init; } = [];

    /// <summary>Whether a forced-review indicator fired (counted apart from capacity).</summary>
    public bool ForcedReview { get; init; }

    /// <summary>
    /// True for a record the rules and model did not flag, drawn for review by the random sample
    /// (issue 20). Concealed like the score: a reviewer learns it only after their own assessment, so
    /// the mark cannot lower their attention.
    /// </summary>
    [ConcealedWhen("ScoresHidden")]
    public bool RandomCheck { get; init; }

    /// <summary>
    /// Probability the record had of being reviewed: 1 for a hit, the jurisdiction's share for a random
    /// check (null read as 1). Stored with the label; training and evaluation weight by its inverse.
    /// </summary>
    [ConcealedWhen("ScoresHidden")]
    public double? InclusionProbability { get; init; }

    /// <summary>Version of the record the routing comes from: 1, or 2, 3, … when a correction updates the case.</summary>
    public int Version { get; init; } = 1;
}
