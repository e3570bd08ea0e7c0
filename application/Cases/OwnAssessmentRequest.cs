namespace BorderScreening.Application.Cases;

/// <summary>Body of the own assessment, recorded on a claimed case before the scores are shown.</summary>
/// <param name="OwnAssessment">The reviewer's own view of the facts.</param>
public sealed record OwnAssessmentRequest(OwnAssessment? OwnAssessment);
