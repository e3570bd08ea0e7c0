namespace BorderScreening.Application.Learning;

/// <summary>How far reading training data from the store has got.</summary>
/// <param name="Phase">"labels" while the labels are read, "assessments" while the shards are scanned.</param>
/// <param name="Done">Rows handled in this phase.</param>
/// <param name="Total">Rows expected in this phase, when known.</param>
public sealed record TrainingReadProgress(string Phase, long Done, long? Total);
