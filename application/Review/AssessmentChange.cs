using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Risk;

namespace BorderScreening.Application.Review;

/// <summary>
/// What changed between the assessment a case was raised or last updated on and the one before it
/// (a correction, a recount or an officer's observations): both versions side by side, with the
/// indicators that fired only in the newer one and those that no longer fire. Score and band are left
/// out while the scores are hidden from the reviewer (<see cref="ScoreBlinding"/>).
/// </summary>
public sealed record AssessmentChange
{
    /// <summary>The earlier version's assessment id.</summary>
    public string PreviousAssessmentId { get; init; } = "";

    /// <summary>The earlier version.</summary>
    public int PreviousVersion { get; init; }

    /// <summary>When the earlier version was screened.</summary>
    public DateTimeOffset PreviousScreenedAt { get; init; }

    /// <summary>The newer version's assessment id (the case's).</summary>
    public string AssessmentId { get; init; } = "";

    /// <summary>The newer version.</summary>
    public int Version { get; init; }

    /// <summary>When the newer version was screened.</summary>
    public DateTimeOffset ScreenedAt { get; init; }

    /// <summary>The earlier band; null while the scores are hidden.</summary>
    public RiskBand? PreviousBand { get; init; }

    /// <summary>The newer band; null while the scores are hidden.</summary>
    public RiskBand? Band { get; init; }

    /// <summary>The earlier score; null while the scores are hidden.</summary>
    public double? PreviousScore { get; init; }

    /// <summary>The newer score; null while the scores are hidden.</summary>
    public double? Score { get; init; }

    /// <summary>Indicators fired in the earlier version.</summary>
    public IReadOnlyList<string> PreviousFired { get; init; } = [];

    /// <summary>Indicators fired in the newer version.</summary>
    public IReadOnlyList<string> Fired { get; init; } = [];

    /// <summary>Fired now, not before.</summary>
    public IReadOnlyList<string> Added { get; init; } = [];

    /// <summary>Fired before, not now.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>The change from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    public static AssessmentChange Between(Assessment previous, Assessment current, bool scoresHidden)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = previous.Indicators.Fired.Select(f => f.Id).ToList();
        var after = current.Indicators.Fired.Select(f => f.Id).ToList();
        return new AssessmentChange
        {
            PreviousAssessmentId = previous.Id,
            PreviousVersion = previous.Version,
            PreviousScreenedAt = previous.ScreenedAt,
            AssessmentId = current.Id,
            Version = current.Version,
            ScreenedAt = current.ScreenedAt,
            PreviousBand = scoresHidden ? null : previous.Risk.Band,
            Band = scoresHidden ? null : current.Risk.Band,
            PreviousScore = scoresHidden ? null : previous.Risk.Score,
            Score = scoresHidden ? null : current.Risk.Score,
            PreviousFired = before,
            Fired = after,
            Added = [.. after.Except(before, StringComparer.Ordinal)],
            Removed = [.. before.Except(after, StringComparer.Ordinal)],
        };
    }
}
