namespace BorderScreening.Application.Catalogues;

/// <summary>
/// Where candidate catalogues and the active pointer live: a candidate is written once under its
/// version; the pointer is replaced only if it is still as read, so two operators activating at once
/// cannot both win.
/// </summary>
public interface ICatalogueStore
{
    /// <summary>Stores a candidate; false when a file with this version is already stored.</summary>
    Task<bool> AddAsync(StoredCatalogue info, byte[] json, CancellationToken cancellationToken);

    /// <summary>A stored candidate's file, or null.</summary>
    Task<byte[]?> GetAsync(string version, CancellationToken cancellationToken);

    /// <summary>Every stored candidate, by version.</summary>
    Task<IReadOnlyList<StoredCatalogue>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The active pointer, or null when no catalogue was ever activated (the shipped one is in force).</summary>
    Task<ActiveCatalogue?> GetActiveAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sets the pointer if it is still as read (<paramref name="expected"/> null: if none exists yet);
    /// false when someone else changed it in between.
    /// </summary>
    Task<bool> SetActiveAsync(ActiveCatalogue next, ActiveCatalogue? expected, CancellationToken cancellationToken);
}
