using BorderScreening.Application.Screening;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Keys;

public sealed class KeyRotationTests : IAsyncLifetime
{
    private static readonly PseudonymisationKey CwV1 = TestKeys.Default(Jurisdiction.CW).Current;
    private static readonly PseudonymisationKey CwV2 = TestKeys.Key("cw-v2", 0xC2);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Pseudonymiser With(Jurisdiction jurisdiction, JurisdictionKeys keys) =>
        new(TestKeys.Ring(new Dictionary<Jurisdiction, JurisdictionKeys> { [jurisdiction] = keys }));

    [Fact]
    public async Task Counts_AfterRotationWithinTheWindow_StillLinkRecordsHashedUnderTheOldKey()
    {
        var counter = _services.Get<INetworkCounter>();
        var now = _services.Time.GetUtcNow();
        var sponsor = new Party { Id = "SPONSOR-ROT" };
        var before = With(Jurisdiction.CW, new(CwV1, [])).Pseudonymise(TestRecords.Traveller("rot-1") with { Sponsor = sponsor });
        await counter.RecordAndCountAsync(Jurisdiction.CW, "rot-1", before, now, CancellationToken.None);

        var inWindow = With(Jurisdiction.CW, new(CwV2, [CwV1])).Pseudonymise(TestRecords.Traveller("rot-2") with { Sponsor = sponsor });
        var afterWindow = With(Jurisdiction.CW, new(CwV2, [])).Pseudonymise(TestRecords.Traveller("rot-3") with { Sponsor = sponsor });
        var linked = await counter.RecordAndCountAsync(Jurisdiction.CW, "rot-2", inWindow, now, CancellationToken.None);
        var unlinked = await counter.RecordAndCountAsync(Jurisdiction.CW, "rot-3", afterWindow, now, CancellationToken.None);

        Assert.NotEqual(before.Entities[NetworkEntityType.Sponsor], inWindow.Entities[NetworkEntityType.Sponsor]);
        Assert.Equal(2, linked.Get(NetworkEntityType.Sponsor, 7));
        Assert.Equal(2, unlinked.Get(NetworkEntityType.Sponsor, 7));
    }

    [Fact]
    public async Task Counts_RotatingCuracaosKey_LeavesArubasCountsAsTheyWere()
    {
        var counter = _services.Get<INetworkCounter>();
        var now = _services.Time.GetUtcNow();
        var sponsor = new Party { Id = "SPONSOR-TWO-COUNTRIES" };
        var beforeRotation = new Pseudonymiser(TestKeys.Ring());
        var afterRotation = With(Jurisdiction.CW, new(CwV2, []));
        await counter.RecordAndCountAsync(Jurisdiction.AW, "aw-1", beforeRotation.Pseudonymise(TestRecords.Traveller("aw-1", Jurisdiction.AW) with { Sponsor = sponsor }), now, CancellationToken.None);
        await counter.RecordAndCountAsync(Jurisdiction.CW, "cw-1", beforeRotation.Pseudonymise(TestRecords.Traveller("cw-1") with { Sponsor = sponsor }), now, CancellationToken.None);

        // Curaçao rotates without a window; Aruba does nothing.
        var aw = await counter.RecordAndCountAsync(Jurisdiction.AW, "aw-2", afterRotation.Pseudonymise(TestRecords.Traveller("aw-2", Jurisdiction.AW) with { Sponsor = sponsor }), now, CancellationToken.None);
        var cw = await counter.RecordAndCountAsync(Jurisdiction.CW, "cw-2", afterRotation.Pseudonymise(TestRecords.Traveller("cw-2") with { Sponsor = sponsor }), now, CancellationToken.None);

        Assert.Equal(2, aw.Get(NetworkEntityType.Sponsor, 7));
        Assert.Equal(1, cw.Get(NetworkEntityType.Sponsor, 7));
    }
}
