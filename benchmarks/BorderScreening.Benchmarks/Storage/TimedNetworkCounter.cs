using System.Diagnostics;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;

namespace BorderScreening.Benchmarks.Storage;

/// <summary>
/// The real counter, timed: the wall time a batch spends adding its sightings and counting them (the
/// phase before scoring), so the ingest figures can split a batch into counting and the rest.
/// </summary>
internal sealed class TimedNetworkCounter(INetworkCounter inner) : INetworkCounter
{
    private long _ticks;

    /// <summary>Seconds spent in <see cref="RecordAndCountAsync"/> since the last reset.</summary>
    public double Seconds => Interlocked.Read(ref _ticks) / (double)Stopwatch.Frequency;

    /// <summary>Forgets the time (after a warm-up).</summary>
    public void Reset() => Interlocked.Exchange(ref _ticks, 0);

    /// <summary>True within a call of <see cref="RecordAndCountAsync"/> (it flows into the tasks the call starts).</summary>
    public static bool Recording => InCall.Value;

    private static readonly AsyncLocal<bool> InCall = new();

    /// <inheritdoc />
    public async Task<NetworkTally> RecordAndCountAsync(IReadOnlyList<NetworkSighting> sightings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        InCall.Value = true;
        try
        {
            return await inner.RecordAndCountAsync(sightings, cancellationToken);
        }
        finally
        {
            InCall.Value = false;
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
        }
    }

    /// <inheritdoc />
    public Task<NetworkCounts> CountAsync(NetworkSighting sighting, CancellationToken cancellationToken) =>
        inner.CountAsync(sighting, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<string> RecordIdsAsync(Jurisdiction jurisdiction, NetworkEntityType type, string hash, int limit, CancellationToken cancellationToken) =>
        inner.RecordIdsAsync(jurisdiction, type, hash, limit, cancellationToken);
}
