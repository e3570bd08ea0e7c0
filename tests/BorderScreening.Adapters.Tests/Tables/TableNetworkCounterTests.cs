using BorderScreening.Application.Screening;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

public sealed class TableNetworkCounterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Pseudonyms Employer(string hash) =>
        new() { KeyId = "v1", Entities = new Dictionary<NetworkEntityType, string> { [NetworkEntityType.Employer] = hash } };

    [Fact]
    public async Task RecordAndCount_SixteenParallelWritersOneEmployer_EndWithExactCount()
    {
        var counter = _services.Get<INetworkCounter>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 64), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await counter.RecordAndCountAsync(Jurisdiction.SX, $"rec-{i}", Employer("v1:hot"), Now.AddMinutes(-i), ct));
        var final = await counter.RecordAndCountAsync(Jurisdiction.SX, "rec-final", Employer("v1:hot"), Now, CancellationToken.None);

        Assert.Equal(65, final.Get(NetworkEntityType.Employer, 7));
    }

    [Fact]
    public async Task RecordAndCount_SameRecordTwice_CountsOnce()
    {
        var counter = _services.Get<INetworkCounter>();

        await counter.RecordAndCountAsync(Jurisdiction.CW, "same", Employer("v1:e"), Now, CancellationToken.None);
        var again = await counter.RecordAndCountAsync(Jurisdiction.CW, "same", Employer("v1:e"), Now, CancellationToken.None);

        Assert.Equal(1, again.Get(NetworkEntityType.Employer, 30));
    }

    [Fact]
    public async Task RecordAndCount_OlderSightings_FallOutOfNarrowWindows()
    {
        var counter = _services.Get<INetworkCounter>();
        await counter.RecordAndCountAsync(Jurisdiction.AW, "old-60", Employer("v1:w"), Now.AddDays(-60), CancellationToken.None);
        await counter.RecordAndCountAsync(Jurisdiction.AW, "old-20", Employer("v1:w"), Now.AddDays(-20), CancellationToken.None);

        var counts = await counter.RecordAndCountAsync(Jurisdiction.AW, "new", Employer("v1:w"), Now, CancellationToken.None);

        Assert.Equal(1, counts.Get(NetworkEntityType.Employer, 7));
        Assert.Equal(2, counts.Get(NetworkEntityType.Employer, 30));
        Assert.Equal(3, counts.Get(NetworkEntityType.Employer, 90));
        Assert.Null(counts.Get(NetworkEntityType.Sponsor, 30));
    }

    [Fact]
    public async Task RecordAndCount_OtherJurisdiction_IsCountedApart()
    {
        var counter = _services.Get<INetworkCounter>();
        await counter.RecordAndCountAsync(Jurisdiction.AW, "a", Employer("v1:j"), Now, CancellationToken.None);

        var counts = await counter.RecordAndCountAsync(Jurisdiction.CW, "b", Employer("v1:j"), Now, CancellationToken.None);

        Assert.Equal(1, counts.Get(NetworkEntityType.Employer, 7));
    }

    [Fact]
    public async Task RecordAndCount_BatchSharingOneEmployer_EachRecordSeesTheWholeBatch()
    {
        var counter = _services.Get<INetworkCounter>();
        await counter.RecordAndCountAsync(Jurisdiction.SX, "before", Employer("v1:batch"), Now.AddDays(-10), CancellationToken.None);
        var batch = Enumerable.Range(0, 12).Select(i => new NetworkSighting(Jurisdiction.SX, $"b-{i}", Employer("v1:batch"), Now)).ToList();

        var counts = (await counter.RecordAndCountAsync(batch, CancellationToken.None)).Counts;

        Assert.Equal(12, counts.Count);
        Assert.All(counts, c => Assert.Equal(12, c.Get(NetworkEntityType.Employer, 7)));
        Assert.All(counts, c => Assert.Equal(13, c.Get(NetworkEntityType.Employer, 30)));
    }

    [Fact]
    public async Task RecordAndCount_BatchWithARecordTwiceAndOneWithoutEntities_CountsItOnceAndKeepsOrder()
    {
        var counter = _services.Get<INetworkCounter>();
        NetworkSighting[] batch =
        [
            new(Jurisdiction.CW, "twice", Employer("v1:order"), Now),
            new(Jurisdiction.CW, "none", new Pseudonyms { KeyId = "v1" }, Now),
            new(Jurisdiction.CW, "twice", Employer("v1:order"), Now),
            new(Jurisdiction.CW, "other", Employer("v1:order"), Now),
        ];

        var counts = (await counter.RecordAndCountAsync(batch, CancellationToken.None)).Counts;

        Assert.Equal([2, null, 2, 2], counts.Select(c => c.Get(NetworkEntityType.Employer, 7)));
    }

    [Fact]
    public async Task RecordAndCount_RecordSentAgainLater_KeepsItsFirstTime()
    {
        var counter = _services.Get<INetworkCounter>();
        await counter.RecordAndCountAsync(Jurisdiction.AW, "resent", Employer("v1:first"), Now.AddDays(-20), CancellationToken.None);
        await counter.RecordAndCountAsync(Jurisdiction.AW, "resent", Employer("v1:first"), Now, CancellationToken.None);

        var counts = await counter.RecordAndCountAsync(Jurisdiction.AW, "fresh", Employer("v1:first"), Now, CancellationToken.None);

        Assert.Equal(1, counts.Get(NetworkEntityType.Employer, 7));
        Assert.Equal(2, counts.Get(NetworkEntityType.Employer, 30));
    }

    [Fact]
    public async Task RecordAndCount_LateRecord_CountsWhereItHappenedNotNow()
    {
        var counter = _services.Get<INetworkCounter>();
        // Sent today, but it happened 20 days ago: it must not look like a burst this week.
        await counter.RecordAndCountAsync(Jurisdiction.CW, "late", Employer("v1:late"), Now.AddDays(-20), CancellationToken.None);

        var counts = await counter.RecordAndCountAsync(Jurisdiction.CW, "today", Employer("v1:late"), Now, CancellationToken.None);

        Assert.Equal(1, counts.Get(NetworkEntityType.Employer, 7));
        Assert.Equal(2, counts.Get(NetworkEntityType.Employer, 30));
    }

    [Fact]
    public async Task RecordAndCount_LaterRecordSentFirst_DoesNotCountForAnEarlierOne()
    {
        var counter = _services.Get<INetworkCounter>();
        await counter.RecordAndCountAsync(Jurisdiction.SX, "next-week", Employer("v1:ahead"), Now.AddDays(7), CancellationToken.None);

        var counts = await counter.RecordAndCountAsync(Jurisdiction.SX, "today", Employer("v1:ahead"), Now, CancellationToken.None);

        Assert.Equal(1, counts.Get(NetworkEntityType.Employer, 90));
    }

    [Fact]
    public async Task RecordAndCount_ShuffledAndLate_NamesExactlyTheRecordsWhoseCountsItChanged_AndRecountsMatchEventOrder()
    {
        var counter = _services.Get<INetworkCounter>();
        var times = Enumerable.Range(0, 20).Select(i => Now.AddDays(-i * 3).AddHours(i)).ToList();

        // In event order: each record's counts when it is recorded are final.
        var inOrder = new Dictionary<int, NetworkCounts>();
        foreach (var i in Enumerable.Range(0, 20).OrderBy(i => times[i]))
        {
            inOrder[i] = await counter.RecordAndCountAsync(Jurisdiction.BQ_BO, $"o-{i}", Employer("v1:ordered"), times[i], CancellationToken.None);
        }

        // Shuffled, one batch at a time: whenever a record lands before others already counted, exactly
        // those whose counts change are named, and counting them again gives the event-order counts.
        var shuffled = new Dictionary<int, NetworkCounts>();
        foreach (var i in Enumerable.Range(0, 20).OrderBy(i => (i * 7) % 20))
        {
            var before = shuffled.ToDictionary(s => s.Key, s => s.Value.Get(NetworkEntityType.Employer, 90));
            var tally = await counter.RecordAndCountAsync([new NetworkSighting(Jurisdiction.BQ_BO, $"s-{i}", Employer("v1:shuffled"), times[i])], CancellationToken.None);
            shuffled[i] = tally.Counts[0];
            foreach (var changed in tally.Changed)
            {
                var j = int.Parse(changed.RecordId[2..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(times[j], changed.EventAt);
                shuffled[j] = await counter.CountAsync(new NetworkSighting(Jurisdiction.BQ_BO, changed.RecordId, Employer("v1:shuffled"), times[j]), CancellationToken.None);
                // Named only when the new record joined its widest window.
                Assert.Equal(before[j] + 1, shuffled[j].Get(NetworkEntityType.Employer, 90));
            }
        }

        foreach (var i in Enumerable.Range(0, 20))
        {
            foreach (var window in NetworkCounts.Windows)
            {
                Assert.Equal(inOrder[i].Get(NetworkEntityType.Employer, window), shuffled[i].Get(NetworkEntityType.Employer, window));
            }
        }
    }
}
