using BorderScreening.Core.Records;

namespace BorderScreening.Core.Cases;

/// <summary>
/// A hit waiting for human review. The only place where the record is kept in the clear, because the
/// reviewer needs it; depersonalised after decision and retention (DESIGN §5).
/// </summary>
public sealed record ReviewCase
{
    /// <summary>Case id (the same as the assessment id: one case per assessment at most).</summary>
    public string Id { get; init; } = "";

    /// <summary>The assessment that raised it.</summary>
    public string AssessmentId { get; init; } = "";

    /// <summary>Jurisdiction whose reviewers own it.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>When it was raised.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Review deadline.</summary>
    public DateTimeOffset Deadline { get; init; }

    /// <summary>Priority, 1 (most urgent) to 5.</summary>
    public int Priority { get; init; }

    /// <summary>Keyed hashes of the entities the record names, to find linked cases.</summary>
    public IReadOnlyDictionary<Network.NetworkEntityType, string> EntityHashes { get; init; } = new Dictionary<Network.NetworkEntityType, string>();

    /// <summary>The record as received.</summary>
    public ScreeningRecord Record { get; init; } = null!;
}
