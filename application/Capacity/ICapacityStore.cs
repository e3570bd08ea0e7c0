using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Capacity;

/// <summary>Where the capacities supervisors set are kept, one per jurisdiction and day (a later setting replaces it).</summary>
public interface ICapacityStore
{
    /// <summary>Stores (or replaces) the capacity of a jurisdiction and day.</summary>
    Task SetAsync(CapacityDay day, CancellationToken cancellationToken);

    /// <summary>The set capacities of a jurisdiction from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    Task<IReadOnlyList<CapacityDay>> RangeAsync(Jurisdiction jurisdiction, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
