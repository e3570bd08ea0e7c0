using BorderScreening.Application.Screening;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.TestSupport;

/// <summary>One-record shorthand for tests of the network counter.</summary>
public static class NetworkCounterExtensions
{
    /// <summary>Records one sighting at <paramref name="eventAt"/> and returns its counts.</summary>
    public static async Task<NetworkCounts> RecordAndCountAsync(
        this INetworkCounter counter, Jurisdiction jurisdiction, string recordId, Pseudonyms pseudonyms, DateTimeOffset eventAt, CancellationToken cancellationToken) =>
        (await counter.RecordAndCountAsync([new NetworkSighting(jurisdiction, recordId, pseudonyms, eventAt)], cancellationToken)).Counts[0];
}
