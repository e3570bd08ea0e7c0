using BorderScreening.Domain.Records;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>Body of an inspection finding against an entity of the check plan.</summary>
/// <param name="EntityType">Kind of entity (employer, recruitment agency, sponsor, address).</param>
/// <param name="EntityKey">The entity's pseudonym as the plan lists it.</param>
/// <param name="Finding">What the inspection found.</param>
/// <param name="InspectedOn">Day of the inspection (not in the future, at most a year ago).</param>
/// <param name="Note">Free text, at most <see cref="CheckPlanningService.MaxNoteLength"/> characters; kept in the audit log only.</param>
public sealed record InspectionFindingRequest(NetworkEntityType? EntityType, string? EntityKey, InspectionFindingCode? Finding, DateOnly? InspectedOn, string? Note);
