using BorderScreening.Domain.Records;

namespace BorderScreening.Application.RandomChecks;

/// <summary>Counts the random checks sent per jurisdiction and day, so the sample stays within capacity.</summary>
public interface IRandomCheckCounter
{
    /// <summary>
    /// Takes one place of the day's random checks when fewer than <paramref name="limit"/> were taken;
    /// false (and nothing counted) when the day is full. Safe under concurrent callers.
    /// </summary>
    Task<bool> TryTakeAsync(Jurisdiction jurisdiction, DateOnly day, int limit, CancellationToken cancellationToken);
}
