using System.Security.Cryptography;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;

namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// The data every candidate is evaluated on until another set is frozen (docs/model.md "Server
/// gates"): stored as one blob, named by <see cref="Id"/>, checked against <see cref="ContentHash"/>
/// when read back, so two candidates compared on "the same set" really were.
/// </summary>
public sealed record FrozenEvaluationSet
{
    /// <summary>Kind of a set built from reviewers' stored labels.</summary>
    public const string StoredLabels = "stored-labels";

    /// <summary>Kind of the fallback: a synthetic holdout generated with a fixed seed.</summary>
    public const string SyntheticHoldout = "synthetic-holdout";

    /// <summary>"es-{frozen at, yyyyMMddHHmmss}-{first 12 hex digits of the content hash}".</summary>
    public string Id { get; init; } = "";

    /// <summary>SHA-256 (hex) of the rows as stored.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>When it was frozen.</summary>
    public DateTimeOffset FrozenAt { get; init; }

    /// <summary><see cref="StoredLabels"/> or <see cref="SyntheticHoldout"/>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>How it was built, in words (period, counts, seed, why the fallback).</summary>
    public string Description { get; init; } = "";

    /// <summary>The feature schema hash the features follow.</summary>
    public string FeatureSchemaHash { get; init; } = "";

    /// <summary>Who froze it explicitly, or "server" when a documented rule did.</summary>
    public string FrozenBy { get; init; } = "server";

    /// <summary>Why it was frozen (the caller's reason, or the rule).</summary>
    public string Reason { get; init; } = "";

    /// <summary>The examples.</summary>
    public IReadOnlyList<EvaluationRow> Rows { get; init; } = [];

    /// <summary>Positive examples (unweighted).</summary>
    public int Positives => Rows.Count(r => r.Label);

    /// <summary>Whether the figures come from the synthetic fallback.</summary>
    public bool IsSynthetic => Kind == SyntheticHoldout;

    /// <summary>The set with its id and hash filled in from its rows.</summary>
    public static FrozenEvaluationSet Freeze(string kind, string description, string featureSchemaHash, IReadOnlyList<EvaluationRow> rows, DateTimeOffset frozenAt)
    {
        var hash = HashOf(rows);
        return new FrozenEvaluationSet
        {
            Id = $"es-{frozenAt.UtcDateTime:yyyyMMddHHmmss}-{hash[..12]}",
            ContentHash = hash,
            FrozenAt = frozenAt,
            Kind = kind,
            Description = description,
            FeatureSchemaHash = featureSchemaHash,
            Rows = rows,
        };
    }

    /// <summary>SHA-256 of the rows' JSON.</summary>
    public static string HashOf(IReadOnlyList<EvaluationRow> rows) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(rows, ScreeningJson.Options)));
}
