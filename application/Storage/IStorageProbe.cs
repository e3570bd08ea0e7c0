namespace BorderScreening.Application.Storage;

/// <summary>Proves the storage account answers (the health check's storage verdict).</summary>
public interface IStorageProbe
{
    /// <summary>Reads as little as possible; throws when storage cannot be reached.</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}
