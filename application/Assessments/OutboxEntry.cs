using BorderScreening.Application.Cases;

namespace BorderScreening.Application.Assessments;

/// <summary>A hit waiting to be published, written in the same transaction as its case.</summary>
public sealed record OutboxEntry(string PartitionKey, string RowKey, HitRouting Message, int Attempts, DateTimeOffset NextAttemptAt, Azure.ETag ETag);
