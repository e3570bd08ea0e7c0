namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>The queue the slices of fanned-out replays wait on ("replay-slices"); in Azure a queue trigger takes them.</summary>
public interface IReplaySliceQueue
{
    /// <summary>Queues the slices.</summary>
    Task SendAsync(IReadOnlyList<ReplaySliceMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> waiting slices, each hidden from other takers for
    /// <paramref name="visibility"/>; one that is not completed comes back after that.
    /// </summary>
    Task<IReadOnlyList<TakenReplaySlice>> TakeAsync(int max, TimeSpan visibility, CancellationToken cancellationToken);

    /// <summary>Removes a slice that was run.</summary>
    Task CompleteAsync(TakenReplaySlice taken, CancellationToken cancellationToken);
}
