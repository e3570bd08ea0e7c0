using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Azure;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>
/// The sightings partitions' markers on real Table Storage (Azurite): an entity no record named
/// before is counted from the batch without a read, and every other entity — shared, named before
/// markers existed, or raced for by two instances — still by reading its partition.
/// </summary>
public sealed class SightingMarkersTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly SightingQueries _queries = new();
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(configure: CountQueries(_queries));

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private INetworkCounter Counter => _services.Get<INetworkCounter>();

    private TableClient Sightings => _services.Get<StorageTables>().Sightings;

    private static Action<Microsoft.Extensions.DependencyInjection.IServiceCollection> CountQueries(SightingQueries queries) =>
        services => services.AddAzureClients(clients => clients.ConfigureDefaults(options => options.AddPolicy(queries, HttpPipelinePosition.PerCall)));

    private static Pseudonyms Entities(string phone, string? sponsor = null)
    {
        var entities = new Dictionary<NetworkEntityType, string> { [NetworkEntityType.ContactPhone] = phone };
        if (sponsor is not null)
        {
            entities[NetworkEntityType.Sponsor] = sponsor;
        }

        return new Pseudonyms { KeyId = "v1", Entities = entities };
    }

    [Fact]
    public async Task NewEntities_AreCountedFromTheBatch_WithoutAQuery_SharedOnesByReadingTheirPartition()
    {
        await Counter.RecordAndCountAsync(Jurisdiction.CW, "warm-up", Entities("v1:warm"), Now, CancellationToken.None);
        _queries.Reset();

        // Ten records, each with a phone of its own; two name the same new phone; all name one sponsor
        // another instance has seen before.
        await using (var otherServices = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Storage:NamePrefix"] = _services.Prefix }))
        {
            await otherServices.Get<INetworkCounter>().RecordAndCountAsync(Jurisdiction.CW, "sponsor-before", Entities("v1:p-before", "v1:sponsor"), Now.AddDays(-3), CancellationToken.None);
        }

        var batch = Enumerable.Range(0, 10)
            .Select(i => new NetworkSighting(Jurisdiction.CW, $"r-{i}", Entities(i < 2 ? "v1:p-shared" : $"v1:p-{i}", "v1:sponsor"), Now))
            .ToList();

        var counts = (await Counter.RecordAndCountAsync(batch, CancellationToken.None)).Counts;

        Assert.Equal([2, 2, 1, 1, 1, 1, 1, 1, 1, 1], counts.Select(c => c.Get(NetworkEntityType.ContactPhone, 7)));
        Assert.All(counts, c => Assert.Equal(11, c.Get(NetworkEntityType.Sponsor, 7)));
        // One query: the sponsor's partition. The nine new phones' partitions were made by this batch.
        Assert.Equal(1, _queries.Count);

        // The next record naming one of those phones finds the first without a read: this process wrote
        // there last, and its write, conditional on the marker it remembered, proves nobody else has.
        _queries.Reset();
        var next = await Counter.RecordAndCountAsync(Jurisdiction.CW, "r-next", Entities("v1:p-5", "v1:sponsor"), Now.AddHours(1), CancellationToken.None);
        Assert.Equal(2, next.Get(NetworkEntityType.ContactPhone, 7));
        Assert.Equal(12, next.Get(NetworkEntityType.Sponsor, 7));
        Assert.Equal(0, _queries.Count);
    }

    [Fact]
    public async Task APartitionAnotherInstanceWroteTo_IsReadAgain()
    {
        await using var otherServices = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Storage:NamePrefix"] = _services.Prefix });
        var other = otherServices.Get<INetworkCounter>();
        Assert.Equal(1, (await Counter.RecordAndCountAsync(Jurisdiction.AW, "here-1", Entities("v1:p-two"), Now, CancellationToken.None)).Get(NetworkEntityType.ContactPhone, 7));
        Assert.Equal(2, (await other.RecordAndCountAsync(Jurisdiction.AW, "there", Entities("v1:p-two"), Now, CancellationToken.None)).Get(NetworkEntityType.ContactPhone, 7));

        _queries.Reset();
        var here = await Counter.RecordAndCountAsync(Jurisdiction.AW, "here-2", Entities("v1:p-two"), Now, CancellationToken.None);

        Assert.Equal(3, here.Get(NetworkEntityType.ContactPhone, 7));
        Assert.Equal(1, _queries.Count);
    }

    [Fact]
    public async Task SightingsDeletedByRetention_AreNotCountedFromWhatTheProcessRemembers()
    {
        await Counter.RecordAndCountAsync(Jurisdiction.SX, "old", Entities("v1:p-kept"), Now.AddDays(-100), CancellationToken.None);
        await Counter.RecordAndCountAsync(Jurisdiction.SX, "recent", Entities("v1:p-kept"), Now.AddDays(-1), CancellationToken.None);

        Assert.Equal(1, await _services.Get<BorderScreening.Application.Retention.IRetentionStore>().DeleteSightingsAsync(Now.AddDays(-95), CancellationToken.None));

        // A record back-filled from 97 days ago: "old" was in its 7-day window until retention removed it.
        var late = await Counter.RecordAndCountAsync(Jurisdiction.SX, "late", Entities("v1:p-kept"), Now.AddDays(-97), CancellationToken.None);
        Assert.Equal(1, late.Get(NetworkEntityType.ContactPhone, 7));
    }

    [Fact]
    public async Task ARecordSentAgain_CountsOnce_AndRecordIdsNeverNameTheMarker()
    {
        await Counter.RecordAndCountAsync(Jurisdiction.AW, "again", Entities("v1:p-again"), Now, CancellationToken.None);
        var second = await Counter.RecordAndCountAsync(Jurisdiction.AW, "again", Entities("v1:p-again"), Now, CancellationToken.None);
        var other = await Counter.RecordAndCountAsync(Jurisdiction.AW, "other", Entities("v1:p-again"), Now, CancellationToken.None);

        Assert.Equal(1, second.Get(NetworkEntityType.ContactPhone, 7));
        Assert.Equal(2, other.Get(NetworkEntityType.ContactPhone, 7));
        var ids = new List<string>();
        await foreach (var id in Counter.RecordIdsAsync(Jurisdiction.AW, NetworkEntityType.ContactPhone, "v1:p-again", 10, CancellationToken.None))
        {
            ids.Add(id);
        }

        Assert.Equal(["again", "other"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TwoInstances_NamingOneNewEntityAtOnce_EndWithEveryRecordCounted()
    {
        await using var otherServices = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Storage:NamePrefix"] = _services.Prefix });
        var instances = new[] { Counter, otherServices.Get<INetworkCounter>() };

        // 32 records in 16 single-record batches per instance, all naming one phone nobody named before.
        await Parallel.ForEachAsync(Enumerable.Range(0, 32), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await instances[i % 2].RecordAndCountAsync(Jurisdiction.SX, $"race-{i:D2}", Entities("v1:p-race"), Now.AddMinutes(-i), ct));
        var final = await Counter.RecordAndCountAsync(Jurisdiction.SX, "race-final", Entities("v1:p-race"), Now, CancellationToken.None);

        Assert.Equal(33, final.Get(NetworkEntityType.ContactPhone, 7));
    }

    [Fact]
    public async Task PartitionsWrittenBeforeMarkers_AreMarkedByTheSweep_AndNeverTakenForNew()
    {
        // As an older version left it: sightings without a marker and no record of a sweep.
        var legacy = TableNetworkCounter.PartitionKey(Jurisdiction.BQ_BO, NetworkEntityType.ContactPhone, "v1:p-legacy");
        await Sightings.AddEntityAsync(new TableEntity(legacy, "legacy-1") { ["EventAt"] = Now.AddDays(-1) });
        await Sightings.DeleteEntityAsync(SightingMarkers.MetaPartition, "markers-v1");

        await using var upgraded = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Storage:NamePrefix"] = _services.Prefix });
        var counts = await upgraded.Get<INetworkCounter>().RecordAndCountAsync(Jurisdiction.BQ_BO, "after-upgrade", Entities("v1:p-legacy"), Now, CancellationToken.None);

        Assert.Equal(2, counts.Get(NetworkEntityType.ContactPhone, 7));
        Assert.True((await Sightings.GetEntityIfExistsAsync<TableEntity>(legacy, SightingMarkers.MarkerRowKey)).HasValue);
        Assert.True((await Sightings.GetEntityIfExistsAsync<TableEntity>(SightingMarkers.MetaPartition, "markers-v1")).HasValue);
    }

    [Fact]
    public async Task WhileAnotherInstanceHoldsTheSweep_PartitionsAreRead_AndALapsedLeaseIsTakenOver()
    {
        var legacy = TableNetworkCounter.PartitionKey(Jurisdiction.AW, NetworkEntityType.ContactPhone, "v1:p-leased");
        await Sightings.AddEntityAsync(new TableEntity(legacy, "legacy-1") { ["EventAt"] = Now.AddDays(-1) });
        await Sightings.DeleteEntityAsync(SightingMarkers.MetaPartition, "markers-v1");
        await using var upgraded = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Storage:NamePrefix"] = _services.Prefix });
        await Sightings.UpsertEntityAsync(new TableEntity(SightingMarkers.MetaPartition, "markers-sweep") { ["Until"] = upgraded.Time.GetUtcNow().AddMinutes(4) });
        var counter = upgraded.Get<INetworkCounter>();

        // Another instance is sweeping: nothing is marked here, and a brand-new entity is still read (and counted right).
        Assert.Equal(1, (await counter.RecordAndCountAsync(Jurisdiction.AW, "new-1", Entities("v1:p-brand-new"), Now, CancellationToken.None)).Get(NetworkEntityType.ContactPhone, 7));
        Assert.False((await Sightings.GetEntityIfExistsAsync<TableEntity>(legacy, SightingMarkers.MarkerRowKey)).HasValue);

        // Its lease lapses without the sweep recorded (it stopped): the next look takes over and sweeps.
        upgraded.Time.Advance(TimeSpan.FromMinutes(5));
        var counts = await counter.RecordAndCountAsync(Jurisdiction.AW, "after-lapse", Entities("v1:p-leased"), Now, CancellationToken.None);

        Assert.Equal(2, counts.Get(NetworkEntityType.ContactPhone, 7));
        Assert.True((await Sightings.GetEntityIfExistsAsync<TableEntity>(legacy, SightingMarkers.MarkerRowKey)).HasValue);
        Assert.True((await Sightings.GetEntityIfExistsAsync<TableEntity>(SightingMarkers.MetaPartition, "markers-v1")).HasValue);
    }

    [Fact]
    public async Task RandomBatchesFromTwoInstances_CountExactlyWhatWasSentBefore_AndNameExactlyTheRecordsALateOneChanges()
    {
        await using var otherServices = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Storage:NamePrefix"] = _services.Prefix });
        var instances = new[] { Counter, otherServices.Get<INetworkCounter>() };
        var random = new Random(20261207);
        var phones = new[] { "v1:x-a", "v1:x-b", "v1:x-c" };
        var sponsors = new[] { "v1:y-a", "v1:y-b" };
        var sent = new List<(string Id, string Phone, string Sponsor, DateTimeOffset At)>();

        // 80 records in random batches of 1-5, each sent by either instance, in random order of their own times
        // (40 days either way), naming a few phones and sponsors so partitions are shared, created and remembered.
        for (var n = 0; n < 80;)
        {
            var size = Math.Min(random.Next(1, 6), 80 - n);
            var batch = Enumerable.Range(n, size)
                .Select(i => (Id: $"rnd-{i:D3}", Phone: phones[random.Next(phones.Length)], Sponsor: sponsors[random.Next(sponsors.Length)], At: Now.AddHours(random.Next(-40 * 24, 40 * 24))))
                .ToList();
            n += size;
            var tally = await instances[random.Next(2)].RecordAndCountAsync(
                [.. batch.Select(r => new NetworkSighting(Jurisdiction.CW, r.Id, Entities(r.Phone, r.Sponsor), r.At))],
                CancellationToken.None);
            var before = sent.ToList();
            sent.AddRange(batch);

            // Each record counts the records sent so far (its batch included) naming the entity within each window up to its own time.
            for (var i = 0; i < batch.Count; i++)
            {
                var record = batch[i];
                foreach (var window in NetworkCounts.Windows)
                {
                    Assert.Equal(sent.Count(s => s.Phone == record.Phone && s.At >= record.At.AddDays(-window) && s.At <= record.At), tally.Counts[i].Get(NetworkEntityType.ContactPhone, window));
                    Assert.Equal(sent.Count(s => s.Sponsor == record.Sponsor && s.At >= record.At.AddDays(-window) && s.At <= record.At), tally.Counts[i].Get(NetworkEntityType.Sponsor, window));
                }
            }

            // Named as changed: exactly the records sent before whose widest window a record of this batch, sharing an entity, falls in.
            var changed = before
                .Where(o => batch.Any(r => (r.Phone == o.Phone || r.Sponsor == o.Sponsor) && o.At >= r.At && o.At <= r.At.AddDays(NetworkCounts.Windows.Max())))
                .Select(o => o.Id)
                .Order(StringComparer.Ordinal);
            Assert.Equal(changed, tally.Changed.Select(c => c.RecordId).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Counts the queries (GET with a filter) sent to a sightings table.</summary>
    private sealed class SightingQueries : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override void OnSendingRequest(HttpMessage message)
        {
            var uri = message.Request.Uri.ToUri();
            if (message.Request.Method == RequestMethod.Get && uri.AbsolutePath.Contains("sightings", StringComparison.Ordinal) && uri.Query.Contains("filter", StringComparison.OrdinalIgnoreCase))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
