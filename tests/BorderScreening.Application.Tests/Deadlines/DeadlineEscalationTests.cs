using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Deadlines;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Deadlines;

/// <summary>
/// The guard's escalation and its handling of corrected deadlines, on Azurite. The clock is a fake
/// here on purpose: nothing expires on a queue in these tests, they check what the guard does at a
/// given time (the real expiry is <see cref="DeadlineExpiryTests"/>).
/// </summary>
public sealed class DeadlineEscalationTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private DateTimeOffset Now => _services.Time.GetUtcNow();

    private IWorklistStore Worklist => _services.Get<IWorklistStore>();

    private Task<DeadlineGuard.GuardResult> GuardAsync() => _services.Get<DeadlineGuard>().RunAsync(Jurisdiction.CW, CancellationToken.None);

    private async Task<WorklistItem> WaitingCaseAsync(string caseId, TimeSpan dueIn, int priority = 3, CaseStatus status = CaseStatus.Open, DateTimeOffset? leaseUntil = null)
    {
        var item = new WorklistItem
        {
            CaseId = caseId,
            AssessmentId = caseId,
            Jurisdiction = Jurisdiction.CW,
            Priority = priority,
            Deadline = Now + dueIn,
            Score = 0.7,
            Band = RiskBand.High,
            Status = status,
            ClaimedBy = status == CaseStatus.Claimed ? "reviewer-1" : null,
            LeaseUntil = leaseUntil,
            ReceivedAt = Now,
        };
        Assert.True(await Worklist.TryAddAsync(item, CancellationToken.None));
        return item;
    }

    private async Task<WorklistItem> CaseAsync(string caseId) => (await Worklist.GetAsync(Jurisdiction.CW, caseId, CancellationToken.None))!;

    private async Task<IReadOnlyList<MonitoringAlert>> AlertsAsync(string caseId)
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        return [.. (await _services.Get<IMonitoringStore>().AlertsAsync(today.AddDays(-1), today.AddDays(1), Jurisdiction.CW, CancellationToken.None)).Where(a => a.Subject == caseId)];
    }

    [Fact]
    public async Task WaitingCaseWithinTheWarning_RaisedToPriorityOneAndSupervisorsAlerted()
    {
        await WaitingCaseAsync("cw-near", TimeSpan.FromMinutes(40));

        var result = await GuardAsync();

        Assert.Equal(1, result.Escalated);
        var item = await CaseAsync("cw-near");
        Assert.Equal((1, Now), (item.Priority, item.DeadlineEscalatedAt));
        Assert.Equal(CaseStatus.Open, item.Status);
        var alert = Assert.Single(await AlertsAsync("cw-near"));
        Assert.Equal(AlertKinds.DeadlineNear, alert.Kind);
        Assert.Equal(0.67, alert.Value, precision: 2);
        Assert.Contains("priority 1", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EscalatedCase_LeadsTheWorklistByPriority()
    {
        await WaitingCaseAsync("cw-a-urgent-elsewhere", TimeSpan.FromHours(5), priority: 2);
        await WaitingCaseAsync("cw-b-near", TimeSpan.FromMinutes(30), priority: 4);

        await GuardAsync();

        await foreach (var first in Worklist.ReadIndexAsync(Jurisdiction.CW, "priority", null, null, null, 1, CancellationToken.None))
        {
            Assert.Equal("cw-b-near", first.Item.CaseId);
            return;
        }

        Assert.Fail("The priority index is empty.");
    }

    [Fact]
    public async Task EscalatedCase_LaterRuns_NoSecondAlertOrAuditEntry()
    {
        await WaitingCaseAsync("cw-once", TimeSpan.FromMinutes(50));
        await GuardAsync();
        _services.Time.Advance(TimeSpan.FromMinutes(1));

        var again = await GuardAsync();

        Assert.Equal(0, again.Escalated);
        Assert.Single(await AlertsAsync("cw-once"));
        var audit = await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, "cw-once", 1, CancellationToken.None);
        var entry = Assert.Single(audit, e => e.Action == "case.deadline-escalated");
        Assert.Equal("system:deadline-guard", entry.Actor);
        Assert.Contains("priority 3 to 1", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseDueAfterTheWarning_EscalatedOnlyOnceItIsWithinIt()
    {
        await WaitingCaseAsync("cw-later", TimeSpan.FromHours(3));

        var early = await GuardAsync();
        var priorityEarly = (await CaseAsync("cw-later")).Priority;
        _services.Time.Advance(TimeSpan.FromHours(2.5));
        var inWindow = await GuardAsync();

        Assert.Equal((0, 3), (early.Escalated, priorityEarly));
        Assert.Equal(1, inWindow.Escalated);
        Assert.Equal(1, (await CaseAsync("cw-later")).Priority);
    }

    [Fact]
    public async Task ClaimedCase_NotEscalatedWhileTheClaimHolds_EscalatedOnceItLapses()
    {
        await WaitingCaseAsync("cw-claimed", TimeSpan.FromMinutes(45), status: CaseStatus.Claimed, leaseUntil: Now.AddMinutes(15));

        var whileClaimed = await GuardAsync();
        _services.Time.Advance(TimeSpan.FromMinutes(16));
        var afterLapse = await GuardAsync();

        Assert.Equal(0, whileClaimed.Escalated);
        Assert.Equal(1, afterLapse.Escalated);
    }

    [Fact]
    public async Task DecidedCase_NearItsDeadline_NotEscalated()
    {
        await WaitingCaseAsync("cw-decided", TimeSpan.FromMinutes(20), status: CaseStatus.Decided);

        var result = await GuardAsync();

        Assert.Equal(0, result.Escalated);
        Assert.Empty(await AlertsAsync("cw-decided"));
    }

    [Fact]
    public async Task WaitingCasePastItsDeadline_EscalatedWithADeadlinePassedAlert()
    {
        await WaitingCaseAsync("cw-overdue", TimeSpan.FromMinutes(-90));

        var result = await GuardAsync();

        Assert.Equal(1, result.Escalated);
        var alert = Assert.Single(await AlertsAsync("cw-overdue"));
        Assert.Equal(AlertKinds.DeadlinePassed, alert.Kind);
        Assert.True(alert.Value < 0);
    }

    [Fact]
    public async Task CorrectionMovesTheDeadline_TheEarlierCheckFilesNothing_TheNewOneDecides()
    {
        // Arrival 1 December 20:00; the correction moves the flight to 3 December.
        var minor = TestRecords.Traveller("moved") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var moved = minor with { Legs = [minor.Legs[0] with { ScheduledDeparture = minor.Legs[0].ScheduledDeparture!.Value.AddDays(2), ScheduledArrival = minor.Legs[0].ScheduledArrival!.Value.AddDays(2) }] };
        var screening = _services.Get<ScreeningService>();
        var first = await screening.ScreenOneAsync(ParsedRecord.Valid(0, minor), CancellationToken.None);
        var corrected = await screening.ScreenOneAsync(ParsedRecord.Valid(0, moved), CancellationToken.None);
        Assert.Equal("amended", corrected.Status);

        _services.Time.Advance(TimeSpan.FromDays(4) - TimeSpan.FromHours(4));
        var betweenDeadlines = await GuardAsync();
        _services.Time.Advance(TimeSpan.FromDays(2));
        var afterBoth = await GuardAsync();

        Assert.Equal((0, 1), (betweenDeadlines.Missed, betweenDeadlines.Checked));
        Assert.Equal((1, 1), (afterBoth.Missed, afterBoth.Checked));
        var item = await CaseAsync(first.AssessmentId!);
        Assert.Equal(CaseStatus.Missed, item.Status);
        Assert.Equal(moved.Legs[0].ScheduledArrival, item.Deadline);
        Assert.Empty(await _services.Get<IAssessmentStore>().DueHitsAsync(Jurisdiction.CW, Now.AddDays(30), 10, CancellationToken.None));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(6, false)]
    public async Task CorrectionOfAnEscalatedCase_KeepsTheEscalationOnlyWhileTheDeadlineStands(int hoursLater, bool staysEscalated)
    {
        var escalated = await WaitingCaseAsync("cw-corrected", TimeSpan.FromMinutes(30), priority: 3);
        await GuardAsync();
        var correction = new HitRouting
        {
            CaseId = escalated.CaseId,
            AssessmentId = escalated.CaseId + "-v2",
            Jurisdiction = Jurisdiction.CW,
            Priority = 3,
            Deadline = escalated.Deadline.AddHours(hoursLater),
            Score = escalated.Score,
            Band = escalated.Band,
            Version = 2,
        };
        await _services.Get<IHitQueue>().SendAsync(correction, CancellationToken.None);

        var intake = await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);

        Assert.Equal(1, intake.Added);
        var item = await CaseAsync("cw-corrected");
        Assert.Equal(2, item.Version);
        Assert.Equal(staysEscalated, item.DeadlineEscalatedAt is not null);
        Assert.Equal(staysEscalated ? 1 : 3, item.Priority);
    }
}
