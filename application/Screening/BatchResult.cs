using BorderScreening.Application.Feeds;

namespace BorderScreening.Application.Screening;

/// <summary>The answer to a batch: one result per record, plus problems with the batch as a whole.</summary>
public sealed record BatchResult(IReadOnlyList<RecordResult> Records, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Records screened now or before.</summary>
    public int Accepted => Records.Count(r => r.Assessment is not null);

    /// <summary>Records rejected.</summary>
    public int Rejected => Records.Count(r => r.Assessment is null);
}
