using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Snoozes;

/// <summary>Where snoozes are kept: one entry per snooze, per jurisdiction; lifting one ends it now.</summary>
public interface ISnoozeStore
{
    /// <summary>Stores a new snooze.</summary>
    Task AddAsync(Snooze snooze, CancellationToken cancellationToken);

    /// <summary>Snoozes still in force at <paramref name="now"/>, of one jurisdiction or (null) of all.</summary>
    Task<IReadOnlyList<Snooze>> ActiveAsync(Jurisdiction? jurisdiction, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>One snooze as stored, with the token a later change must present; null when there is none.</summary>
    Task<StoredSnooze?> GetAsync(Jurisdiction jurisdiction, string snoozeId, CancellationToken cancellationToken);

    /// <summary>Moves a snooze's end; false when it changed since it was read.</summary>
    Task<bool> SetExpiryAsync(StoredSnooze stored, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
