using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>
/// A replay fanned out over workers: the request, fixed when it was started (the catalogue then in
/// service and the hit thresholds then in force, so every slice judges alike whenever it runs), and
/// its plan cut into slices of <see cref="PartsPerSlice"/> parts, one queue message each.
/// </summary>
public sealed record ReplayJob
{
    /// <summary>Id ("rj-…"), also the folder of its blobs.</summary>
    public required string Id { get; init; }

    /// <summary>The candidate catalogue's version.</summary>
    public required string CandidateVersion { get; init; }

    /// <summary>The version in service when the job started: what the candidate is compared with.</summary>
    public required string InServiceVersion { get; init; }

    /// <summary>Hit thresholds in force when the job started, per jurisdiction code.</summary>
    public required IReadOnlyDictionary<string, double> HitThresholds { get; init; }

    /// <summary>Jurisdictions replayed.</summary>
    public required IReadOnlyList<Jurisdiction> Jurisdictions { get; init; }

    /// <summary>Start of the period (inclusive).</summary>
    public required DateOnly From { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>Parts in the plan.</summary>
    public required int Parts { get; init; }

    /// <summary>Parts per slice.</summary>
    public required int PartsPerSlice { get; init; }

    /// <summary>Slices, hence queue messages.</summary>
    public int Slices => (Parts + PartsPerSlice - 1) / PartsPerSlice;

    /// <summary>When it was started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The hit thresholds by jurisdiction (codes this build no longer knows are left out).</summary>
    public Dictionary<Jurisdiction, double> ThresholdsByJurisdiction() =>
        HitThresholds.Select(t => (Known: JurisdictionCodes.TryParse(t.Key, out var j), Jurisdiction: j, t.Value))
            .Where(t => t.Known)
            .ToDictionary(t => t.Jurisdiction, t => t.Value);
}
