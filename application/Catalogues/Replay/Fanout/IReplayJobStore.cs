namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>Where a fanned-out replay keeps its job, one result per slice and the combined report.</summary>
public interface IReplayJobStore
{
    /// <summary>Stores a new job.</summary>
    Task CreateAsync(ReplayJob job, CancellationToken cancellationToken);

    /// <summary>A job; null when there is none with that id.</summary>
    Task<ReplayJob?> GetAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>Stores a slice's result unless one is stored already (a redelivered slice); false then.</summary>
    Task<bool> TryAddSliceAsync(string jobId, int slice, ReplaySliceResult result, CancellationToken cancellationToken);

    /// <summary>Records that a slice failed its last allowed run, with the kind of failure (no message text: it may name storage paths).</summary>
    Task MarkFailedAsync(string jobId, int slice, string failure, CancellationToken cancellationToken);

    /// <summary>The slices marked failed.</summary>
    Task<IReadOnlyList<int>> SlicesFailedAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>The slices that have a stored result.</summary>
    Task<IReadOnlyList<int>> SlicesDoneAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>Every stored slice result.</summary>
    IAsyncEnumerable<ReplaySliceResult> SlicesAsync(string jobId, CancellationToken cancellationToken);
}
