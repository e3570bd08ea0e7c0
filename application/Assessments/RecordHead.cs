using BorderScreening.Domain.Assessments;

namespace BorderScreening.Application.Assessments;

/// <summary>Where a record's versions stand: the newest version, and what the first one was.</summary>
/// <param name="First">The version first stored (its id is the record's id).</param>
/// <param name="Latest">The newest version (the first one until a correction arrives).</param>
/// <param name="FirstContentHash">Content hash of the first version; null for one stored before hashes were kept.</param>
/// <param name="Version">The head's stored version as read, so of two concurrent corrections one wins and the other re-reads.</param>
public sealed record RecordHead(Assessment First, Assessment Latest, string? FirstContentHash, string Version);
