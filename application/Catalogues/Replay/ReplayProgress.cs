namespace BorderScreening.Application.Catalogues.Replay;

/// <summary>How far a replay is: parts of the plan read, and records judged so far.</summary>
/// <param name="PartsDone">Shard-days read.</param>
/// <param name="Parts">Shard-days in the plan.</param>
/// <param name="Records">Records judged.</param>
public sealed record ReplayProgress(int PartsDone, int Parts, long Records);
