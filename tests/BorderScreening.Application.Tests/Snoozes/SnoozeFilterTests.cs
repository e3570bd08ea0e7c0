using BorderScreening.Application.Snoozes;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using Microsoft.Extensions.Time.Testing;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Snoozes;

public sealed class SnoozeFilterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private sealed class OneSnooze(Snooze snooze) : ISnoozeStore
    {
        public Task AddAsync(Snooze added, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Snooze>> ActiveAsync(Jurisdiction? jurisdiction, DateTimeOffset now, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Snooze>>([snooze]);

        public Task<StoredSnooze?> GetAsync(Jurisdiction jurisdiction, string snoozeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> SetExpiryAsync(StoredSnooze stored, DateTimeOffset expiresAt, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private static async Task<IndicatorOutcome> ApplyAsync(Pseudonyms pseudonyms)
    {
        var snooze = new Snooze("s-1", Jurisdiction.CW, "TRV-SPONSOR-NETWORK", NetworkEntityType.Sponsor, "cw-v1:OLDHASH", "large hotel", Now.AddDays(-5), Now.AddDays(20), "reviewer", "case-1");
        var filter = new SnoozeFilter(new OneSnooze(snooze), IndicatorCatalogueHolder.FromEmbedded(), new FakeTimeProvider(Now));
        await filter.RefreshAsync(CancellationToken.None);
        var outcome = new IndicatorOutcome { Fired = [new FiredIndicator { Id = "TRV-SPONSOR-NETWORK", Weight = 0.4 }] };
        return filter.Apply(outcome, new ScreeningContext(TestRecords.Traveller(), pseudonyms, new NetworkCounts(), Now));
    }

    [Fact]
    public async Task Apply_SnoozeSetUnderTheKeyBeforeARotation_StillAppliesInsideTheWindow()
    {
        var pseudonyms = new Pseudonyms
        {
            KeyId = "cw-v2",
            Entities = new Dictionary<NetworkEntityType, string> { [NetworkEntityType.Sponsor] = "cw-v2:NEWHASH" },
            PreviousEntities = new Dictionary<NetworkEntityType, IReadOnlyList<string>> { [NetworkEntityType.Sponsor] = ["cw-v1:OLDHASH"] },
        };

        var outcome = await ApplyAsync(pseudonyms);

        Assert.Empty(outcome.Fired);
        Assert.Equal("TRV-SPONSOR-NETWORK", Assert.Single(outcome.Snoozed).Id);
    }

    [Fact]
    public async Task Apply_AfterTheWindowTheOldHashIsGone_SnoozeNoLongerApplies()
    {
        var pseudonyms = new Pseudonyms
        {
            KeyId = "cw-v2",
            Entities = new Dictionary<NetworkEntityType, string> { [NetworkEntityType.Sponsor] = "cw-v2:NEWHASH" },
        };

        var outcome = await ApplyAsync(pseudonyms);

        Assert.Single(outcome.Fired);
        Assert.Empty(outcome.Snoozed);
    }
}
