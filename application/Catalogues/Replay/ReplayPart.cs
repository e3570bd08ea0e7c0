using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Replay;

/// <summary>One part of a replay's plan: one shard of one jurisdiction's history over one day.</summary>
/// <param name="Jurisdiction">Jurisdiction.</param>
/// <param name="Shard">Shard of its history.</param>
/// <param name="From">Start (inclusive), by the records' own time.</param>
/// <param name="To">End (exclusive).</param>
public sealed record ReplayPart(Jurisdiction Jurisdiction, int Shard, DateTimeOffset From, DateTimeOffset To);
