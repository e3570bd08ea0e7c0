using BorderScreening.Application.Screening;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Keys;

public sealed class KeyRotationTests : IAsyncLifetime
{
    private static readonly PseudonymisationKey V1 = new("v1", Enumerable.Repeat((byte)1, 32).ToArray());
    private static readonly PseudonymisationKey V2 = new("v2", Enumerable.Repeat((byte)2, 32).ToArray());
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private sealed class Keys(PseudonymisationKey current, params PseudonymisationKey[] previous) : IPseudonymisationKeyProvider
    {
        public PseudonymisationKey Current { get; } = current;

        public IReadOnlyList<PseudonymisationKey> Previous { get; } = previous;
    }

    [Fact]
    public async Task Counts_AfterRotationWithinTheWindow_StillLinkRecordsHashedUnderTheOldKey()
    {
        var counter = _services.Get<INetworkCounter>();
        var now = _services.Time.GetUtcNow();
        var sponsor = new Party { Id = "SPONSOR-ROT" };
        var before = new Pseudonymiser(new Keys(V1)).Pseudonymise(TestRecords.Traveller("rot-1") with { Sponsor = sponsor });
        await counter.RecordAndCountAsync(Jurisdiction.CW, "rot-1", before, now, CancellationToken.None);

        var inWindow = new Pseudonymiser(new Keys(V2, V1)).Pseudonymise(TestRecords.Traveller("rot-2") with { Sponsor = sponsor });
        var afterWindow = new Pseudonymiser(new Keys(V2)).Pseudonymise(TestRecords.Traveller("rot-3") with { Sponsor = sponsor });
        var linked = await counter.RecordAndCountAsync(Jurisdiction.CW, "rot-2", inWindow, now, CancellationToken.None);
        var unlinked = await counter.RecordAndCountAsync(Jurisdiction.CW, "rot-3", afterWindow, now, CancellationToken.None);

        Assert.NotEqual(before.Entities[NetworkEntityType.Sponsor], inWindow.Entities[NetworkEntityType.Sponsor]);
        Assert.Equal(2, linked.Get(NetworkEntityType.Sponsor, 7));
        Assert.Equal(2, unlinked.Get(NetworkEntityType.Sponsor, 7));
    }
}
