using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Capacity;

/// <summary>A jurisdiction's review capacity on one day as the supervision screen shows it.</summary>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="Day">The day (UTC).</param>
/// <param name="Cases">Cases its reviewers can handle that day.</param>
/// <param name="SetBy">The supervisor who set it (subject id); null when it is the configured default.</param>
/// <param name="SetAt">When it was set; null for the default.</param>
/// <param name="Reason">Why, as given; null for the default.</param>
public sealed record CapacityDay(Jurisdiction Jurisdiction, DateOnly Day, int Cases, string? SetBy = null, DateTimeOffset? SetAt = null, string? Reason = null);
