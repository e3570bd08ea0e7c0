using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Screening.Bookings;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Snoozes;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The retention port on real Table Storage (Azurite): which cases it finds, and rewriting them once.</summary>
public sealed class TableRetentionStoreTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IRetentionStore Store => _services.Get<IRetentionStore>();

    private async Task<string> ScreenHitAsync(string reference)
    {
        var record = TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        return result.AssessmentId!;
    }

    private async Task AddCaseAsync(string caseId, CaseStatus status)
    {
        var now = _services.Time.GetUtcNow();
        Assert.True(await _services.Get<IWorklistStore>().TryAddAsync(
            new WorklistItem { CaseId = caseId, AssessmentId = caseId, Jurisdiction = Jurisdiction.CW, Deadline = now.AddHours(4), Band = RiskBand.High, Status = status, ReceivedAt = now },
            CancellationToken.None));
    }

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableRetentionStore>(Store);

    [Fact]
    public async Task ClosedCases_AreDecidedAndMissedOnesReceivedBeforeTheDate()
    {
        await AddCaseAsync("cw-ret-open", CaseStatus.Open);
        await AddCaseAsync("cw-ret-decided", CaseStatus.Decided);
        await AddCaseAsync("cw-ret-missed", CaseStatus.Missed);
        var now = _services.Time.GetUtcNow();

        var found = new List<ClosedCase>();
        await foreach (var closed in Store.ClosedCasesAsync(now.AddMinutes(1), CancellationToken.None))
        {
            found.Add(closed);
        }

        var none = Store.ClosedCasesAsync(now.AddMinutes(-1), CancellationToken.None);
        Assert.Equal(["cw-ret-decided", "cw-ret-missed"], found.Select(c => c.CaseId).Order(StringComparer.Ordinal));
        Assert.All(found, c => Assert.Equal(Jurisdiction.CW, c.Jurisdiction));
        Assert.False(await none.GetAsyncEnumerator().MoveNextAsync());
    }

    [Fact]
    public async Task DepersonaliseCase_RewritesOnce_AndClearMonitoringFactsKeepsTheScores()
    {
        var id = await ScreenHitAsync("ret-hit");
        var assessments = _services.Get<IAssessmentStore>();

        var first = await Store.DepersonaliseCaseAsync(id, c => c with { Record = Depersonalisation.Of(c.Record) }, CancellationToken.None);
        var second = await Store.DepersonaliseCaseAsync(id, c => c, CancellationToken.None);
        await Store.ClearMonitoringFactsAsync(id, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        var reviewCase = (await assessments.GetCaseAsync(id, CancellationToken.None))!;
        Assert.Equal("(removed)", Assert.IsType<TravellerRecord>(reviewCase.Record).Name.Surname);
        Assert.True((await assessments.GetAsync(id, CancellationToken.None))!.Risk.IsHit);
        Assert.False(await Store.DepersonaliseCaseAsync("not-an-id", c => c, CancellationToken.None));
    }

    private async Task<WorklistItem> DecidedWithSignalAsync(string caseId)
    {
        var now = _services.Time.GetUtcNow();
        await AddCaseAsync(caseId, CaseStatus.Claimed);
        var read = (await _services.Get<IWorklistStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None))!;
        var signal = new ThemeSignal { SignalId = "sig-" + caseId, Jurisdiction = Jurisdiction.CW, Destination = SignalDestination.VictimSupport, DecidedAt = now, CaseReference = caseId, DecidedByRole = "Review.CW" };
        Assert.True(await _services.Get<ISignalStore>().TryDecideWithSignalsAsync(read with { Status = CaseStatus.Decided, Outcome = "ReferVictimSupport" }, [signal], now, CancellationToken.None));
        return read;
    }

    [Fact]
    public async Task DeleteSignal_OfACaseWhoseSendNeverWentOut_DeletesTheSignalAndTheSend()
    {
        await DecidedWithSignalAsync("cw-ret-sig-queued");
        var signals = _services.Get<ISignalStore>();

        var deleted = await Store.DeleteSignalAsync(Jurisdiction.CW, "cw-ret-sig-queued", CancellationToken.None);
        var again = await Store.DeleteSignalAsync(Jurisdiction.CW, "cw-ret-sig-queued", CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(0, again);
        Assert.Null(await signals.GetAsync(Jurisdiction.CW, "cw-ret-sig-queued", CancellationToken.None));
        Assert.Empty(await signals.PendingAsync(Jurisdiction.CW, _services.Time.GetUtcNow().AddDays(1), 10, CancellationToken.None));
        Assert.NotNull(await _services.Get<IWorklistStore>().GetAsync(Jurisdiction.CW, "cw-ret-sig-queued", CancellationToken.None));
    }

    [Fact]
    public async Task UndeliveredSignals_AreTheSendsQueuedBeforeTheDate()
    {
        await DecidedWithSignalAsync("cw-ret-sig-late");
        var queuedAt = _services.Time.GetUtcNow();

        var before = await Store.UndeliveredSignalsAsync(queuedAt, CancellationToken.None);
        var after = await Store.UndeliveredSignalsAsync(queuedAt.AddSeconds(1), CancellationToken.None);

        Assert.Empty(before);
        var send = Assert.Single(after);
        Assert.Equal((Jurisdiction.CW, "sig-cw-ret-sig-late", "cw-ret-sig-late", 0, queuedAt), (send.Jurisdiction, send.SignalId, send.CaseId, send.Resend, send.QueuedAt));
    }

    [Fact]
    public async Task RemoveAuditReasons_OfEntriesBeforeTheDate_KeepTheEntryWithoutItsReason()
    {
        var audit = _services.Get<IAuditLog>();
        var actor = new Actor("supervisor-7", "Review.Supervisor", new HashSet<Jurisdiction> { Jurisdiction.CW }, new HashSet<Jurisdiction> { Jurisdiction.CW });
        var written = _services.Time.GetUtcNow();
        await audit.WriteAsync(actor, "case.reassigned", Jurisdiction.CW, "cw-ret-audit", "to reviewer-9", "the traveller Jan Pietersen asked for a male officer", CancellationToken.None);
        await audit.WriteAsync(actor, "case.viewed", Jurisdiction.CW, "cw-ret-audit", null, CancellationToken.None);
        await audit.WriteAsync(actor, "catalogue.activated", null, null, "version 7", "rules board decision 12", CancellationToken.None);

        var none = await Store.RemoveAuditReasonsAsync(written, CancellationToken.None);
        var removed = await Store.RemoveAuditReasonsAsync(written.AddSeconds(1), CancellationToken.None);
        var again = await Store.RemoveAuditReasonsAsync(written.AddSeconds(1), CancellationToken.None);

        Assert.Equal((0, 1, 0), (none, removed, again));
        var entries = await audit.ForCaseAsync(Jurisdiction.CW, "cw-ret-audit", 1, CancellationToken.None);
        Assert.Equal($"to reviewer-9: {AuditEntry.RemovedReason}", Assert.Single(entries, e => e.Action == "case.reassigned").Detail);
        Assert.DoesNotContain(entries, e => e.Detail?.Contains("Pietersen", StringComparison.Ordinal) == true);
        Assert.Null(Assert.Single(entries, e => e.Action == "case.viewed").Detail);
        // Catalogue changes are about rules, not people: their reasons stay as long as the entry.
        var system = await audit.QueryAsync(null, "supervisor-7", written.AddDays(-1), written.AddDays(1), [], includeSystem: true, 10, CancellationToken.None);
        Assert.Equal("version 7: rules board decision 12", Assert.Single(system).Detail);
    }

    [Fact]
    public async Task DeleteAuditEntries_WrittenBeforeTheDate_AcrossMonthsAndOwners()
    {
        var audit = _services.Get<IAuditLog>();
        var actor = new Actor("auditor-ret", "Audit.Read", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.AW });
        var old = _services.Time.GetUtcNow();
        await audit.WriteAsync(actor, "case.viewed", Jurisdiction.AW, "aw-ret-old", null, CancellationToken.None);
        await audit.WriteAsync(actor, "catalogue.uploaded", null, null, "version 1", CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(40));
        await audit.WriteAsync(actor, "case.viewed", Jurisdiction.AW, "aw-ret-new", null, CancellationToken.None);

        var deleted = await Store.DeleteAuditEntriesAsync(old.AddDays(1), CancellationToken.None);

        Assert.Equal(2, deleted);
        var left = await audit.QueryAsync(null, "auditor-ret", old.AddDays(-1), old.AddDays(60), [Jurisdiction.AW], includeSystem: true, 10, CancellationToken.None);
        Assert.Equal("aw-ret-new", Assert.Single(left).CaseId);
    }

    [Fact]
    public async Task DeleteEndedSnoozes_EndedBeforeTheDate_OthersStay()
    {
        var snoozes = _services.Get<ISnoozeStore>();
        var now = _services.Time.GetUtcNow();
        await snoozes.AddAsync(new Snooze("ret-ended", Jurisdiction.CW, "IND-1", NetworkEntityType.Sponsor, "cw-v1:H1", "large hotel", now.AddDays(-60), now.AddDays(-31), "r1", "c1"), CancellationToken.None);
        await snoozes.AddAsync(new Snooze("ret-recent", Jurisdiction.CW, "IND-1", NetworkEntityType.Sponsor, "cw-v1:H2", "large hotel", now.AddDays(-20), now.AddDays(-1), "r1", "c2"), CancellationToken.None);
        await snoozes.AddAsync(new Snooze("ret-active", Jurisdiction.CW, "IND-1", NetworkEntityType.Sponsor, "cw-v1:H3", "large hotel", now, now.AddDays(10), "r1", "c3"), CancellationToken.None);

        var deleted = await Store.DeleteEndedSnoozesAsync(now.AddDays(-30), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await snoozes.GetAsync(Jurisdiction.CW, "ret-ended", CancellationToken.None));
        Assert.NotNull(await snoozes.GetAsync(Jurisdiction.CW, "ret-recent", CancellationToken.None));
        Assert.NotNull(await snoozes.GetAsync(Jurisdiction.CW, "ret-active", CancellationToken.None));
    }

    [Fact]
    public async Task DeleteBookings_RemovesTheTravellersOfFlightsBeforeTheDate_KeepsLaterFlights()
    {
        var bookings = _services.Get<IBookingStore>();
        var old = new FlightKey(Jurisdiction.CW, "KL765", new DateOnly(2026, 11, 1));
        var recent = old with { Date = new DateOnly(2026, 11, 20) };
        var traveller = new StoredTraveller(TestRecords.Traveller(), "feed-a");
        await bookings.SaveAsync(old, BookingEntryKind.PnrPassenger, [traveller], CancellationToken.None);
        await bookings.SaveAsync(old, BookingEntryKind.ListedTraveller, [traveller], CancellationToken.None);
        await bookings.SaveAsync(recent, BookingEntryKind.PnrPassenger, [traveller], CancellationToken.None);

        var deleted = await Store.DeleteBookingsAsync(new DateOnly(2026, 11, 10), CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Empty(await bookings.FindAsync(old, BookingEntryKind.PnrPassenger, CancellationToken.None));
        Assert.Empty(await bookings.FindAsync(old, BookingEntryKind.ListedTraveller, CancellationToken.None));
        Assert.Single(await bookings.FindAsync(recent, BookingEntryKind.PnrPassenger, CancellationToken.None));
    }
}
