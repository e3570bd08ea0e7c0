using BorderScreening.Domain.Assessments;
namespace BorderScreening.Application.Assessments;

/// <summary>Result of storing an assessment.</summary>
/// <param name="Created">False when the record had been screened before.</param>
/// <param name="Stored">The assessment now in storage (the earlier one when not created).</param>
/// <param name="StoredContentHash">
/// Content hash of the stored record when it was not created; null when created, or when stored
/// before hashes were kept. Lets a plain repeat be answered without reading the record's head.
/// </param>
public sealed record SaveOutcome(bool Created, Assessment Stored, string? StoredContentHash = null);
