namespace BorderScreening.Cli.Load;

/// <summary>What the store holds after a run, read directly from Azure Tables and Queues.</summary>
internal sealed record StoreState(
    IReadOnlyDictionary<string, (bool IsHit, DateTimeOffset? ScreenedAt)> Assessments,
    IReadOnlySet<string> Cases,
    int OutboxLeft,
    IReadOnlyList<(string Jurisdiction, string CaseId)> WorklistEntries,
    int QueuedHits,
    int PoisonMessages,
    int MissedCases);
