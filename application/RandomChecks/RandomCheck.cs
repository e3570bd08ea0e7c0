namespace BorderScreening.Application.RandomChecks;

/// <summary>A non-hit record drawn for review, with the probability it had of being drawn.</summary>
/// <param name="InclusionProbability">The record's chance of being drawn (1 / its block's length: the jurisdiction's share on average): training and evaluation weight the label by its inverse.</param>
/// <param name="Deadline">When the review is due.</param>
public sealed record RandomCheck(double InclusionProbability, DateTimeOffset Deadline);
