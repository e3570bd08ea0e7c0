using BorderScreening.Application.Cases;
using BorderScreening.Domain.Indicators;

namespace BorderScreening.Application.Worklist;

/// <summary>Filters, sort and page of a worklist request.</summary>
public sealed record WorklistQuery
{
    /// <summary>Status filter; null means the working set (open, claimed, escalated).</summary>
    public CaseStatus? Status { get; init; }

    /// <summary>Only cases with this typology.</summary>
    public Typology? Typology { get; init; }

    /// <summary>Only cases with this priority.</summary>
    public int? Priority { get; init; }

    /// <summary>Only cases due before this time.</summary>
    public DateTimeOffset? DeadlineBefore { get; init; }

    /// <summary>"deadline" (default), "priority" or "score".</summary>
    public string Sort { get; init; } = "deadline";

    /// <summary>1-based page.</summary>
    public int Page { get; init; } = 1;

    /// <summary>
    /// Continuation token from the previous page's answer: the next page starts right after its last
    /// case (cheaper than <see cref="Page"/>, which skips the cases of the pages before).
    /// </summary>
    public string? Continuation { get; init; }

    /// <summary>Page size, 1–100.</summary>
    public int PageSize { get; init; } = 25;
}
