using System.Text.Json;
using BorderScreening.Adapters.Blobs;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Drops;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Retention;

/// <summary>
/// The retention periods added for issue 16: drop files and their results, audit reasons, and signal
/// sends that never went out. The clock starts at the real time, because blob times come from the
/// storage service's clock.
/// </summary>
public sealed class RetentionPeriodsTests : IAsyncLifetime
{
    private static readonly Actor Reviewer = new("reviewer-cw", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(
        services => services.AddSingleton<ISignalQueue, DownSignalQueue>(),
        now: TimeProvider.System.GetUtcNow());

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private RetentionService Retention => _services.Get<RetentionService>();

    // The partner's queue is down for good: every send stays in the outbox.
    private sealed class DownSignalQueue : ISignalQueue
    {
        public Task SendSignalAsync(ThemeSignal signal, int resend, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("signal queue down (injected)");
    }

    [Fact]
    public async Task Run_DropFolder_DeletesTheScreenedFileAfterItsPeriodTheResultAfterItsOwnAndKeepsAFileNobodyScreened()
    {
        var drops = _services.Get<BlobDropStore>();
        await drops.EnsureCreatedAsync(Jurisdiction.CW, CancellationToken.None);
        await drops.Container(Jurisdiction.CW).GetBlobClient("batch.jsonl").UploadAsync(BinaryData.FromString(
            JsonSerializer.Serialize<ScreeningRecord>(TestRecords.Traveller("drop-ret"), ScreeningJson.Options) + "\n"));
        Assert.Equal(1, await _services.Get<FileDropService>().ProcessPendingAsync(CancellationToken.None));
        // Arrives after the poll, so it stays unanswered (as a file a worker could not read would).
        await drops.Container(Jurisdiction.CW).GetBlobClient("later.jsonl").UploadAsync(BinaryData.FromString("{}"));

        var today = await Retention.RunAsync(CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(8));
        var week = await Retention.RunAsync(CancellationToken.None);
        var resultKept = await drops.HasResultAsync(Jurisdiction.CW, "batch.jsonl", CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(23));
        var month = await Retention.RunAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0), (today.DropFilesDeleted, today.DropResultsDeleted, today.DropFilesUnanswered));
        Assert.Equal((1, 0, 1), (week.DropFilesDeleted, week.DropResultsDeleted, week.DropFilesUnanswered));
        Assert.True(resultKept);
        Assert.Equal((0, 1, 1), (month.DropFilesDeleted, month.DropResultsDeleted, month.DropFilesUnanswered));
        Assert.Equal(["later.jsonl"], await drops.ListUnansweredAsync(Jurisdiction.CW, CancellationToken.None));
    }

    [Fact]
    public async Task Run_AuditReasons_RemovedAfterTheirPeriodWhileTheEntryStaysForItsOwn()
    {
        var caseId = await ClaimedHitAsync("audit-ret");
        var review = _services.Get<CaseReviewService>();
        Assert.Equal(ReviewStatus.Ok, (await review.EscalateAsync(Reviewer, Jurisdiction.CW, caseId, new ReasonRequest("Passenger Jan Pietersen, passport NX7654321, phone +5999 555 0199"), CancellationToken.None)).Status);
        var audit = _services.Get<IAuditLog>();
        var before = await audit.ForCaseAsync(Jurisdiction.CW, caseId, 1, CancellationToken.None);

        _services.Time.Advance(TimeSpan.FromDays(179));
        var early = await Retention.RunAsync(CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(2));
        var due = await Retention.RunAsync(CancellationToken.None);
        var after = await audit.QueryAsync(caseId, null, _services.Time.GetUtcNow().AddDays(-200), _services.Time.GetUtcNow(), [Jurisdiction.CW], includeSystem: false, 50, CancellationToken.None);

        Assert.Contains(before, e => e.Action == "case.escalated" && e.Detail!.Contains("Pietersen", StringComparison.Ordinal));
        Assert.Equal(0, early.AuditReasonsRemoved);
        Assert.Equal(1, due.AuditReasonsRemoved);
        Assert.Equal(0, due.AuditEntriesDeleted);
        Assert.Equal(AuditEntry.RemovedReason, Assert.Single(after, e => e.Action == "case.escalated").Detail);
        Assert.DoesNotContain(after, e => e.Detail?.Contains("NX7654321", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Run_SignalSendThatNeverWentOut_IsReportedThenDeletedWithTheCasesClearData()
    {
        var caseId = await ClaimedHitAsync("signal-ret");
        var decided = await _services.Get<CaseReviewService>().DecideAsync(Reviewer, Jurisdiction.CW, caseId, new DecisionRequest(OwnAssessment.Concern, ReviewOutcome.ReferVictimSupport, [], null), CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, decided.Status);

        var fresh = await Retention.RunAsync(CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(4));
        var stale = await Retention.RunAsync(CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(180));
        var depersonalised = await Retention.RunAsync(CancellationToken.None);

        Assert.Equal(0, fresh.UndeliveredSendsReported);
        Assert.Equal(1, stale.UndeliveredSendsReported);
        Assert.Equal(1, depersonalised.CasesDepersonalised);
        Assert.Equal(1, depersonalised.UndeliveredSendsDeleted);
        Assert.Equal(0, depersonalised.UndeliveredSendsReported);
        Assert.Null(await _services.Get<ISignalStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None));
    }

    private async Task<string> ClaimedHitAsync(string reference)
    {
        var record = TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var caseId = (await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None)).AssessmentId!;
        await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 10, CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, (await _services.Get<CaseReviewService>().ClaimAsync(Reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Status);
        return caseId;
    }
}
