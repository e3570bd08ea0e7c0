using BorderScreening.Domain.Records;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>A jurisdiction's ranked list of entities for a multidisciplinary check.</summary>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="Days">The period: hits raised in the last this many days.</param>
/// <param name="GeneratedAt">When the plan was made.</param>
/// <param name="ClearValues">Whether names and addresses are shown (else pseudonyms only).</param>
/// <param name="Entities">The entities, highest score first.</param>
public sealed record CheckPlan(Jurisdiction Jurisdiction, int Days, DateTimeOffset GeneratedAt, bool ClearValues, IReadOnlyList<PlannedEntity> Entities);
