using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Snoozes;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The snooze port on real Table Storage (Azurite).</summary>
public sealed class TableSnoozeStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Snooze Snooze(string id, Jurisdiction jurisdiction, int days) =>
        new(id, jurisdiction, "EMP-REPEAT-SPONSOR", NetworkEntityType.Employer, "v1:emp", "checked, legitimate", Now, Now.AddDays(days), "reviewer-1", "case-" + id);

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableSnoozeStore>(_services.Get<ISnoozeStore>());

    [Fact]
    public async Task Active_KeepsToTheJurisdictionAndLeavesExpiredOnesOut()
    {
        var store = _services.Get<ISnoozeStore>();
        await store.AddAsync(Snooze("a", Jurisdiction.CW, 30), CancellationToken.None);
        await store.AddAsync(Snooze("b", Jurisdiction.AW, 30), CancellationToken.None);
        await store.AddAsync(Snooze("c", Jurisdiction.CW, 1), CancellationToken.None);

        var curacao = await store.ActiveAsync(Jurisdiction.CW, Now.AddDays(2), CancellationToken.None);
        var all = await store.ActiveAsync(null, Now.AddDays(2), CancellationToken.None);

        var kept = Assert.Single(curacao);
        Assert.Equal(Snooze("a", Jurisdiction.CW, 30), kept);
        Assert.Equal(["a", "b"], all.Select(s => s.Id).Order());
    }

    [Fact]
    public async Task SetExpiry_FromAStaleRead_IsRefused()
    {
        var store = _services.Get<ISnoozeStore>();
        await store.AddAsync(Snooze("d", Jurisdiction.SX, 30), CancellationToken.None);
        var read = await store.GetAsync(Jurisdiction.SX, "d", CancellationToken.None);

        var first = await store.SetExpiryAsync(read!, Now.AddDays(60), CancellationToken.None);
        var stale = await store.SetExpiryAsync(read!, Now, CancellationToken.None);

        Assert.True(first);
        Assert.False(stale);
        Assert.Equal(Now.AddDays(60), (await store.GetAsync(Jurisdiction.SX, "d", CancellationToken.None))!.Snooze.ExpiresAt);
        Assert.Null(await store.GetAsync(Jurisdiction.AW, "d", CancellationToken.None));
    }
}
