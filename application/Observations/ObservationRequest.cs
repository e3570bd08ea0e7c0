namespace BorderScreening.Application.Observations;

/// <summary>Body of an officer's observations on a case.</summary>
/// <param name="Codes">Observation codes (<c>ObservationCodes.All</c>), at least one.</param>
/// <param name="Note">Free text from the interview, at most <see cref="ObservationService.MaxNoteLength"/> characters; kept in the audit log only.</param>
public sealed record ObservationRequest(IReadOnlyList<string>? Codes, string? Note);
