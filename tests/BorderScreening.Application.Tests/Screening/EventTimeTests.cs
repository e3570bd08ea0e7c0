using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.History;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Screening;

/// <summary>
/// Network counts in event time, on Azurite: the same travellers sent in event order and sent out of
/// order (late ones one batch at a time) end with the same counts and the same conclusions; a late
/// record that makes an earlier-counted record cross an indicator's line gives it a recounted version.
/// </summary>
public sealed class EventTimeTests : IAsyncLifetime
{
    // Arrivals on six days in a row, all naming one sponsor: from the fifth on, TRV-SPONSOR-NETWORK
    // (five travellers in 30 days) fires.
    private static readonly DateTimeOffset FirstArrival = new(2026, 12, 1, 18, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private ScreeningService Screening => _services.Get<ScreeningService>();

    private IAssessmentStore Store => _services.Get<IAssessmentStore>();

    private static TravellerRecord Arriving(string run, int day) => TestRecords.Traveller($"{run}-{day}") with
    {
        MessageReference = $"{run}-M{day}",
        Sponsor = new Party { Id = $"SPONSOR-{run}", Name = "Sponsor", PartyKind = PartyKind.Person },
        Legs = [TestRecords.Traveller().Legs[0] with { ScheduledDeparture = FirstArrival.AddDays(day).AddHours(-4), ScheduledArrival = FirstArrival.AddDays(day) }],
    };

    private async Task<Dictionary<int, string>> SendOneByOneAsync(string run, IEnumerable<int> days)
    {
        var ids = new Dictionary<int, string>();
        foreach (var day in days)
        {
            var result = await Screening.ScreenOneAsync(ParsedRecord.Valid(0, Arriving(run, day)), CancellationToken.None);
            Assert.Equal("screened", result.Status);
            ids[day] = result.AssessmentId!;
        }

        return ids;
    }

    private async Task<Dictionary<string, HistoryEntry>> HistoryAsync()
    {
        var history = _services.Get<IRecordHistory>();
        var entries = new Dictionary<string, HistoryEntry>(StringComparer.Ordinal);
        for (var shard = 0; shard < history.Shards; shard++)
        {
            await foreach (var entry in history.ReadAsync(Jurisdiction.CW, shard, FirstArrival.AddDays(-1), FirstArrival.AddDays(10), CancellationToken.None))
            {
                entries[entry.Id] = entry;
            }
        }

        return entries;
    }

    // Stored counts come back with camel-cased keys.
    private static int Sponsor30(IReadOnlyDictionary<string, int> counts) =>
        counts.Single(c => string.Equals(c.Key, "Sponsor/30d", StringComparison.OrdinalIgnoreCase)).Value;

    private async Task<string[]> FiredAsync(string id) =>
        [.. (await Store.GetHeadAsync(id, CancellationToken.None))!.Latest.Indicators.Fired.Select(f => f.Id).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task OutOfOrderAndLate_EndWithTheCountsAndConclusionsOfEventOrder()
    {
        var days = Enumerable.Range(0, 6).ToList();
        var inOrder = await SendOneByOneAsync("ord", days);
        // The worst order: latest first, so every record arrives late for all the ones before it.
        var reversed = await SendOneByOneAsync("rev", days.AsEnumerable().Reverse());
        var history = await HistoryAsync();
        var compared = 0;

        foreach (var day in days)
        {
            var ordered = history[inOrder[day]];
            var late = history[reversed[day]];
            Assert.Equal(ordered.EventAt, late.EventAt);
            Assert.Equal(ordered.Counts.OrderBy(c => c.Key, StringComparer.Ordinal), late.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
            Assert.Equal(day + 1, Sponsor30(late.Counts));
            // A record already in a reviewer's hands keeps its conclusion (a count never reopens a
            // case); every other record ends with the conclusion of event order.
            if ((await Store.GetHeadAsync(inOrder[day], CancellationToken.None))!.Latest.CaseId is null
                && (await Store.GetHeadAsync(reversed[day], CancellationToken.None))!.Latest.CaseId is null)
            {
                Assert.Equal(await FiredAsync(inOrder[day]), await FiredAsync(reversed[day]));
                compared++;
            }
        }

        Assert.True(compared >= 3, $"only {compared} records without a case to compare");

        Assert.Contains("TRV-SPONSOR-NETWORK", await FiredAsync(reversed[5]));
        Assert.DoesNotContain("TRV-SPONSOR-NETWORK", await FiredAsync(reversed[3]));
    }

    [Fact]
    public async Task LateRecordPushingAnEarlierCountedOneOverTheLine_GivesItARecountedVersion()
    {
        var late = await SendOneByOneAsync("late", [1, 2, 3, 4]);
        var head = (await Store.GetHeadAsync(late[4], CancellationToken.None))!;
        Assert.DoesNotContain(head.Latest.Indicators.Fired, f => f.Id == "TRV-SPONSOR-NETWORK");

        await SendOneByOneAsync("late", [0]);

        var recounted = (await Store.GetHeadAsync(late[4], CancellationToken.None))!;
        Assert.Equal(2, recounted.Latest.Version);
        Assert.Equal(late[4], recounted.Latest.Amends);
        Assert.Equal(5, Sponsor30(recounted.Latest.NetworkCounts));
        Assert.Contains(recounted.Latest.Indicators.Fired, f => f.Id == "TRV-SPONSOR-NETWORK");
    }

    [Fact]
    public async Task RecordLaterThanTheAllowedLateness_CountsForItselfButLeavesOlderAssessments()
    {
        // Both happened more than seven days before the clock: the late one still counts where it belongs.
        var old = FirstArrival.AddDays(-30);
        TravellerRecord At(string reference, DateTimeOffset arrival) => Arriving("old", 0) with
        {
            TravellerReference = reference,
            Legs = [TestRecords.Traveller().Legs[0] with { ScheduledDeparture = arrival.AddHours(-4), ScheduledArrival = arrival }],
        };
        var later = await Screening.ScreenOneAsync(ParsedRecord.Valid(0, At("old-b", old.AddDays(1))), CancellationToken.None);
        var earlier = await Screening.ScreenOneAsync(ParsedRecord.Valid(0, At("old-a", old)), CancellationToken.None);

        Assert.Equal(1, Sponsor30(earlier.Assessment!.NetworkCounts));
        Assert.Equal(old, earlier.Assessment.EventAt);
        var untouched = (await Store.GetHeadAsync(later.AssessmentId!, CancellationToken.None))!;
        Assert.Equal(1, untouched.Latest.Version);
        Assert.Equal(1, Sponsor30(untouched.Latest.NetworkCounts));
    }
}
