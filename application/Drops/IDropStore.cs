using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Drops;

/// <summary>
/// The drop folders feeds put files into, one per jurisdiction, with the result written next to each
/// file as "{name}<see cref="DropFiles.ResultSuffix"/>". A file is opened under a lease, so of two
/// workers triggered for the same file only one reads it; a result is written only when none exists,
/// so a file is answered once.
/// </summary>
public interface IDropStore
{
    /// <summary>Creates the jurisdiction's drop folder when missing.</summary>
    Task EnsureCreatedAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>Names of the files in the jurisdiction's folder that have no result yet (result files themselves excluded).</summary>
    Task<IReadOnlyList<string>> ListUnansweredAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>Whether the file has its result already.</summary>
    Task<bool> HasResultAsync(Jurisdiction jurisdiction, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a file under a lease of <paramref name="lease"/>; null when another worker holds it or
    /// the file is gone. Disposing releases the lease.
    /// </summary>
    Task<IDroppedFile?> TryOpenAsync(Jurisdiction jurisdiction, string name, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Writes the file's result (JSON); false when a result exists already (another worker answered it).</summary>
    Task<bool> TryWriteResultAsync(Jurisdiction jurisdiction, string name, string resultJson, CancellationToken cancellationToken);
}

/// <summary>A dropped file opened under a lease.</summary>
public interface IDroppedFile : IAsyncDisposable
{
    /// <summary>Size in bytes, known before reading.</summary>
    long Length { get; }

    /// <summary>The source system the feed set on the file (metadata <c>sourceSystem</c>); null when none.</summary>
    string? SourceSystem { get; }

    /// <summary>Reads the whole file (under the lease).</summary>
    Task<byte[]> ReadAsync(CancellationToken cancellationToken);
}
