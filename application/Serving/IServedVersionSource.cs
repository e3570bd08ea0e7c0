namespace BorderScreening.Application.Serving;

/// <summary>
/// Something a host serves from a version stored centrally (the indicator catalogue, the model), which
/// every instance must follow when an operator changes it.
/// </summary>
public interface IServedVersionSource
{
    /// <summary>Short name for logs ("catalogue", "model").</summary>
    string Name { get; }

    /// <summary>Swaps in the stored active version when it differs from the one served here.</summary>
    Task SyncAsync(CancellationToken cancellationToken);
}
