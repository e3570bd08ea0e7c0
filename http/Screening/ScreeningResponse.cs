using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Http.Screening;

// The wire types stay public: the OpenAPI document takes its descriptions from public types' XML docs.

/// <summary>The body of a batch request: <c>{"records": [...]}</c> (a bare array or one record object are accepted too).</summary>
public sealed record ScreeningBatchRequest(IReadOnlyList<ScreeningRecord> Records);

/// <summary>The answer to a batch in which every record was read.</summary>
/// <param name="Accepted">Records screened now or before.</param>
/// <param name="Rejected">Records rejected (0 here; see the 400 problem otherwise).</param>
/// <param name="Results">One entry per record, in input order.</param>
public sealed record ScreeningResponse(int Accepted, int Rejected, IReadOnlyList<RecordOutcome> Results);

/// <summary>What happened to one record.</summary>
/// <param name="Index">Position in the batch.</param>
/// <param name="AssessmentId">Assessment id, absent when rejected.</param>
/// <param name="Status">
/// "screened"; "duplicate" (screened before with the same content: the stored assessment is
/// returned); "amended" (screened before with other content: screened again as a new version linked
/// to the earlier one); "rejected" (invalid) or "forbidden" (outside the feed's jurisdictions or source systems).
/// </param>
/// <param name="Assessment">The assessment.</param>
/// <param name="Warnings">Tolerated deviations in the input.</param>
public sealed record RecordOutcome(int Index, string? AssessmentId, string Status, Assessment? Assessment, IReadOnlyList<string>? Warnings);
