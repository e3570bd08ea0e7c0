using BorderScreening.Domain.Assessments;
namespace BorderScreening.Application.Assessments;

/// <summary>Result of storing an assessment.</summary>
/// <param name="Created">False when the record had been screened before.</param>
/// <param name="Stored">The assessment now in storage (the earlier one when not created).</param>
public sealed record SaveOutcome(bool Created, Assessment Stored);
