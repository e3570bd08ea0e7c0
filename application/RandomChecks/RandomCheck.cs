namespace BorderScreening.Application.RandomChecks;

/// <summary>A non-hit record drawn for review, with the probability it had of being drawn.</summary>
/// <param name="InclusionProbability">The jurisdiction's share when drawn: training and evaluation weight the label by its inverse.</param>
/// <param name="Deadline">When the review is due.</param>
public sealed record RandomCheck(double InclusionProbability, DateTimeOffset Deadline);
