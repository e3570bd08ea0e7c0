using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The signal port on real Table Storage (Azurite): decision and signal at once, one relay per send.</summary>
public sealed class TableSignalStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private ISignalStore Store => _services.Get<ISignalStore>();

    private IWorklistStore Worklist => _services.Get<IWorklistStore>();

    private async Task<WorklistItem> ClaimedCaseAsync(string caseId)
    {
        Assert.True(await Worklist.TryAddAsync(
            new WorklistItem
            {
                CaseId = caseId,
                AssessmentId = caseId,
                Jurisdiction = Jurisdiction.CW,
                Priority = 1,
                Deadline = Now.AddHours(4),
                Score = 0.9,
                Band = RiskBand.High,
                Status = CaseStatus.Claimed,
                ClaimedBy = "reviewer-1",
                LeaseUntil = Now.AddMinutes(30),
                ReceivedAt = Now,
            },
            CancellationToken.None));
        return (await Worklist.GetAsync(Jurisdiction.CW, caseId, CancellationToken.None))!;
    }

    private static ThemeSignal Signal(string caseId) => new()
    {
        SignalId = "sig-" + caseId,
        Jurisdiction = Jurisdiction.CW,
        Destination = SignalDestination.CriminalInvestigation,
        DecidedAt = Now,
        CaseReference = caseId,
        DecidedByRole = "Review.CW",
    };

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableSignalStore>(Store);

    [Fact]
    public async Task DecideWithSignals_TwoPartners_StoresBothWithTheirSends_AndRetentionRemovesBoth()
    {
        var read = await ClaimedCaseAsync("cw-sig-two");
        ThemeSignal[] signals =
        [
            Signal(read.CaseId) with { SignalId = "sig-a", Partner = new SignalRecipient("police", "Police") },
            Signal(read.CaseId) with { SignalId = "sig-b", Destination = SignalDestination.ThemeRegister, Partner = new SignalRecipient("theme-register", "Theme register") },
        ];

        Assert.True(await Store.TryDecideWithSignalsAsync(read with { Status = CaseStatus.Decided }, signals, Now, CancellationToken.None));

        Assert.Equal(["sig-a", "sig-b"], (await Store.ListAsync(Jurisdiction.CW, read.CaseId, CancellationToken.None)).Select(s => s.Signal.SignalId));
        Assert.Equal(["sig-a", "sig-b"], (await Store.PendingAsync(Jurisdiction.CW, Now, 10, CancellationToken.None)).Select(s => s.Signal.SignalId).Order());
        // A case whose id starts like this one's keeps its own signals apart.
        Assert.Empty(await Store.ListAsync(Jurisdiction.CW, "cw-sig-tw", CancellationToken.None));

        await _services.Get<IRetentionStore>().DeleteSignalAsync(Jurisdiction.CW, read.CaseId, CancellationToken.None);

        Assert.Empty(await Store.ListAsync(Jurisdiction.CW, read.CaseId, CancellationToken.None));
        Assert.Empty(await Store.PendingAsync(Jurisdiction.CW, Now, 10, CancellationToken.None));
    }

    [Fact]
    public async Task DecideWithSignals_MoreThanFive_IsRefusedBeforeAnythingIsWritten()
    {
        var read = await ClaimedCaseAsync("cw-sig-six");
        var six = Enumerable.Range(0, 6).Select(i => Signal(read.CaseId) with { SignalId = $"sig-{i}", Partner = new SignalRecipient($"p{i}", "P") }).ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => Store.TryDecideWithSignalsAsync(read with { Status = CaseStatus.Decided }, six, Now, CancellationToken.None));

        Assert.Equal(CaseStatus.Claimed, (await Worklist.GetAsync(Jurisdiction.CW, read.CaseId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task DecideWithSignal_WritesCaseSignalAndFirstSend_OrNothingWhenTheCaseChanged()
    {
        var read = await ClaimedCaseAsync("cw-sig-1");
        var decided = read with { Status = CaseStatus.Decided, Outcome = "ReferPolice", LeaseUntil = null };

        Assert.True(await Store.TryDecideWithSignalsAsync(decided, [Signal(read.CaseId)], Now, CancellationToken.None));
        var stale = await Store.TryDecideWithSignalsAsync(decided with { Outcome = "NoConcern" }, [Signal(read.CaseId) with { SignalId = "sig-other" }], Now, CancellationToken.None);

        Assert.False(stale);
        Assert.Equal(CaseStatus.Decided, (await Worklist.GetAsync(Jurisdiction.CW, read.CaseId, CancellationToken.None))!.Status);
        Assert.Equal("sig-cw-sig-1", (await Store.GetAsync(Jurisdiction.CW, read.CaseId, CancellationToken.None))!.Signal.SignalId);
        var send = Assert.Single(await Store.PendingAsync(Jurisdiction.CW, Now, 10, CancellationToken.None));
        Assert.Equal((0, "sig-cw-sig-1"), (send.Resend, send.Signal.SignalId));
        Assert.Null(await Store.GetSendAsync(Jurisdiction.CW, "sig-other", 0, CancellationToken.None));
    }

    [Fact]
    public async Task Lease_OfTwoRelaysReadingTheSameSend_OnlyOneWins()
    {
        var read = await ClaimedCaseAsync("cw-sig-2");
        await Store.TryDecideWithSignalsAsync(read with { Status = CaseStatus.Decided }, [Signal(read.CaseId)], Now, CancellationToken.None);
        var first = (await Store.GetSendAsync(Jurisdiction.CW, "sig-cw-sig-2", 0, CancellationToken.None))!;
        var second = (await Store.GetSendAsync(Jurisdiction.CW, "sig-cw-sig-2", 0, CancellationToken.None))!;

        var won = await Store.TryLeaseAsync(first, Now.AddMinutes(2), CancellationToken.None);
        var lost = await Store.TryLeaseAsync(second, Now.AddMinutes(2), CancellationToken.None);

        Assert.NotNull(won);
        Assert.Null(lost);
        Assert.Empty(await Store.PendingAsync(Jurisdiction.CW, Now.AddMinutes(1), 10, CancellationToken.None));
        await Store.MarkSentAsync(won, CancellationToken.None);
        Assert.Null(await Store.GetSendAsync(Jurisdiction.CW, "sig-cw-sig-2", 0, CancellationToken.None));
    }

    [Fact]
    public async Task QueueResend_FromAStaleRead_IsRefused()
    {
        var read = await ClaimedCaseAsync("cw-sig-3");
        await Store.TryDecideWithSignalsAsync(read with { Status = CaseStatus.Decided }, [Signal(read.CaseId)], Now, CancellationToken.None);
        var stored = (await Store.GetAsync(Jurisdiction.CW, read.CaseId, CancellationToken.None))!;

        Assert.Equal(1, await Store.QueueResendAsync(stored, Now, CancellationToken.None));
        Assert.Null(await Store.QueueResendAsync(stored, Now, CancellationToken.None));
        Assert.NotNull(await Store.GetSendAsync(Jurisdiction.CW, "sig-cw-sig-3", 1, CancellationToken.None));
    }
}
