using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>Partner outcomes on real Table Storage (Azurite), and finding a signal by its id.</summary>
public sealed class TablePartnerOutcomeStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IPartnerOutcomeStore Store => _services.Get<IPartnerOutcomeStore>();

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TablePartnerOutcomeStore>(Store);

    [Fact]
    public async Task Save_TwiceForOneSignal_KeepsOneRowWithTheLaterOutcome()
    {
        await Store.SaveAsync(new PartnerOutcome(Jurisdiction.CW, "sig-CW-A", "CW-case-1", "police", PartnerOutcomeKind.Unknown, Now, "p1"), CancellationToken.None);
        await Store.SaveAsync(new PartnerOutcome(Jurisdiction.CW, "sig-CW-A", "CW-case-1", "police", PartnerOutcomeKind.ExploitationFound, Now.AddDays(3), "p2"), CancellationToken.None);

        var stored = await Store.GetAsync(Jurisdiction.CW, "sig-CW-A", CancellationToken.None);
        Assert.Equal(new PartnerOutcome(Jurisdiction.CW, "sig-CW-A", "CW-case-1", "police", PartnerOutcomeKind.ExploitationFound, Now.AddDays(3), "p2"), stored);
        Assert.Single(await Store.ReadAsync(Jurisdiction.CW, CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task Read_OfOneJurisdiction_GivesOnlyItsOutcomes_AndGetOfAnotherIsNull()
    {
        await Store.SaveAsync(new PartnerOutcome(Jurisdiction.CW, "sig-CW-B", "CW-case-2", "police", PartnerOutcomeKind.NoIndication, Now, "p1"), CancellationToken.None);
        await Store.SaveAsync(new PartnerOutcome(Jurisdiction.AW, "sig-AW-B", "AW-case-2", "police", PartnerOutcomeKind.ConfirmedVictim, Now, "p1"), CancellationToken.None);

        Assert.Equal(["sig-AW-B"], await Store.ReadAsync(Jurisdiction.AW, CancellationToken.None).Select(o => o.SignalId).ToListAsync());
        Assert.Equal(2, await Store.ReadAsync(null, CancellationToken.None).CountAsync());
        Assert.Null(await Store.GetAsync(Jurisdiction.AW, "sig-CW-B", CancellationToken.None));
    }

    [Fact]
    public async Task FindSignal_ById_FindsItInItsJurisdictionOnly()
    {
        var worklist = _services.Get<IWorklistStore>();
        Assert.True(await worklist.TryAddAsync(
            new WorklistItem
            {
                CaseId = "CW-find-1", AssessmentId = "CW-find-1", Jurisdiction = Jurisdiction.CW, Priority = 1, Deadline = Now.AddHours(4),
                Score = 0.9, Band = RiskBand.High, Status = CaseStatus.Claimed, ClaimedBy = "r", LeaseUntil = Now.AddMinutes(30), ReceivedAt = Now,
            },
            CancellationToken.None));
        var read = (await worklist.GetAsync(Jurisdiction.CW, "CW-find-1", CancellationToken.None))!;
        ThemeSignal[] signals =
        [
            new() { SignalId = "sig-find-a", Jurisdiction = Jurisdiction.CW, Destination = SignalDestination.CriminalInvestigation, Partner = new SignalRecipient("police", "Police"), DecidedAt = Now, CaseReference = "CW-find-1", DecidedByRole = "Review.CW" },
            new() { SignalId = "sig-find-b", Jurisdiction = Jurisdiction.CW, Destination = SignalDestination.VictimSupport, Partner = new SignalRecipient("victim-support", "Victims"), DecidedAt = Now, CaseReference = "CW-find-1", DecidedByRole = "Review.CW" },
        ];
        Assert.True(await _services.Get<ISignalStore>().TryDecideWithSignalsAsync(read with { Status = CaseStatus.Decided }, signals, Now, CancellationToken.None));

        var found = await _services.Get<ISignalStore>().FindAsync(Jurisdiction.CW, "sig-find-b", CancellationToken.None);

        Assert.Equal(("sig-find-b", "victim-support"), (found!.Signal.SignalId, found.Signal.Partner!.Id));
        Assert.Null(await _services.Get<ISignalStore>().FindAsync(Jurisdiction.AW, "sig-find-b", CancellationToken.None));
        Assert.Null(await _services.Get<ISignalStore>().FindAsync(Jurisdiction.CW, "sig-find-c", CancellationToken.None));
    }
}
