using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Assessments;

namespace BorderScreening.Application.Screening;

/// <summary>What happened to one record of a batch: its assessment, or why it was not screened.</summary>
public sealed record RecordResult
{
    /// <summary>Position in the batch.</summary>
    public int Index { get; init; }

    /// <summary>Assessment id (absent for invalid records).</summary>
    public string? AssessmentId { get; init; }

    /// <summary>"screened", "duplicate" (same identity and content as a stored version), "amended" (same identity, other content), "rejected" or "forbidden".</summary>
    public string Status { get; init; } = "";

    /// <summary>The assessment.</summary>
    public Assessment? Assessment { get; init; }

    /// <summary>Validation errors with field paths.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>Tolerated deviations.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
