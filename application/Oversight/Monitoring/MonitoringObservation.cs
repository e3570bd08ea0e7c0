using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>One screened record as monitoring sees it: outcome, indicators, model outputs, features, audit group, review outcome.</summary>
public sealed record MonitoringObservation
{
    /// <summary>Jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>Combined risk score in [0, 1].</summary>
    public double Score { get; init; }

    /// <summary>Whether the record became a hit.</summary>
    public bool IsHit { get; init; }

    /// <summary>Ids of the active indicators that fired.</summary>
    public IReadOnlyList<string> Fired { get; init; } = [];

    /// <summary>Ids of the shadow indicators that fired.</summary>
    public IReadOnlyList<string> ShadowFired { get; init; } = [];

    /// <summary>Version of the active model.</summary>
    public string ModelVersion { get; init; } = "";

    /// <summary>The active model's probability.</summary>
    public double ModelProbability { get; init; }

    /// <summary>Version of the shadow model, when one scored the record.</summary>
    public string? ShadowModelVersion { get; init; }

    /// <summary>The shadow model's probability, when one scored the record.</summary>
    public double? ShadowProbability { get; init; }

    /// <summary>Model features (null when none were kept).</summary>
    public float[]? Features { get; init; }

    /// <summary>Audit group (null when none was kept).</summary>
    public AuditGroup? Group { get; init; }

    /// <summary>Whether the hit has been decided (false for non-hits).</summary>
    public bool Decided { get; init; }

    /// <summary>Whether the decision was a referral.</summary>
    public bool Referred { get; init; }
}
