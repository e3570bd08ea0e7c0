using BorderScreening.Domain.Records;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>What recording a finding did.</summary>
/// <param name="EntityType">Kind of entity.</param>
/// <param name="EntityKey">The entity's pseudonym.</param>
/// <param name="Finding">The finding.</param>
/// <param name="Label">The training label it gives (1, 0, or null: recorded, not a label).</param>
/// <param name="Labelled">Cases of the entity's records that got the finding as their label.</param>
/// <param name="CasesNoted">Open cases that got the finding in their history.</param>
public sealed record InspectionFindingResult(NetworkEntityType EntityType, string EntityKey, InspectionFindingCode Finding, int? Label, int Labelled, int CasesNoted);
