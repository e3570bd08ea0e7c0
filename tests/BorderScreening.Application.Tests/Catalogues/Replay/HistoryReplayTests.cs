using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Catalogues.Replay;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Catalogues;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Catalogues.Replay;

/// <summary>
/// Replays of stored history on Azurite: records screened and decided are judged again through a
/// candidate from storage, with the reviewers' decisions as outcomes; other jurisdictions and other
/// periods stay out; an empty period says so.
/// </summary>
public sealed class HistoryReplayTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static TravellerRecord Minor(string reference) =>
        TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };

    // The candidate demotes the unaccompanied-minor indicator to shadow: its forced reviews go.
    private static IndicatorCatalogue Candidate() =>
        IndicatorCatalogueLoader.Load(CandidateCatalogues.With("2026.12.77", CandidateCatalogues.MinorUnaccompanied, i => i["status"] = "shadow")).Catalogue!;

    private ReplayRequest Request(params Jurisdiction[] jurisdictions) => new()
    {
        From = Day,
        To = Day.AddDays(2),
        Jurisdictions = jurisdictions,
        Candidate = Candidate(),
        Parallelism = 4,
    };

    private async Task<string> ScreenAsync(ScreeningRecord record) =>
        (await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None)).AssessmentId!;

    [Fact]
    public async Task Replay_StoredPeriod_JudgesEveryRecordAgainstWhatWasDecided()
    {
        var minors = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            minors.Add(await ScreenAsync(Minor($"replay-minor-{i}")));
        }

        for (var i = 0; i < 5; i++)
        {
            await ScreenAsync(TestRecords.Traveller($"replay-adult-{i}"));
        }

        await ScreenAsync(Minor("replay-aw") with { Jurisdiction = Jurisdiction.AW });
        await _services.Get<OutboxRelay>().RelayPendingAsync(CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAllAsync(100, CancellationToken.None);
        var reviewer = new Actor("r1", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });
        var review = _services.Get<CaseReviewService>();
        await review.ClaimAsync(reviewer, Jurisdiction.CW, minors[0], CancellationToken.None);
        await review.DecideAsync(reviewer, Jurisdiction.CW, minors[0], new DecisionRequest(OwnAssessment.Concern, ReviewOutcome.ReferVictimSupport, [], null), CancellationToken.None);
        await review.ClaimAsync(reviewer, Jurisdiction.CW, minors[1], CancellationToken.None);
        await review.DecideAsync(reviewer, Jurisdiction.CW, minors[1], new DecisionRequest(OwnAssessment.NoConcern, ReviewOutcome.NoConcern, [], null), CancellationToken.None);
        var progress = new List<ReplayProgress>();

        var report = await _services.Get<HistoryReplay>().RunAsync(Request(Jurisdiction.CW), new SynchronousProgress(progress), CancellationToken.None);

        Assert.Equal(8, report.Backtest.Records);
        Assert.Equal(3, report.HitsWhenScreened);
        Assert.Equal((1, 1), (report.Referred, report.Cleared));
        Assert.Equal(2, report.Backtest.RecordsWithOutcome);
        Assert.Equal(3, report.Backtest.InService.ForcedReviews);
        Assert.Equal(0, report.Backtest.Candidate.ForcedReviews);
        Assert.Equal((1, 1), (report.Backtest.InService.Confirmed, report.Backtest.InService.Cleared));
        var minor = Assert.Single(report.Backtest.Indicators, i => i.Id == CandidateCatalogues.MinorUnaccompanied);
        Assert.Equal((3, 3), (minor.InService.Fired, minor.Candidate.Fired));
        Assert.Equal(2 * 8, report.Parts);
        Assert.Equal(8, progress[^1].Records);
        Assert.Contains("2026.12.77", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OtherPeriodOrJurisdiction_FindsNothing()
    {
        await ScreenAsync(Minor("replay-elsewhere") with { Jurisdiction = Jurisdiction.SX });
        var replay = _services.Get<HistoryReplay>();

        Assert.True(await replay.AnyAsync(Request(Jurisdiction.SX), CancellationToken.None));
        Assert.False(await replay.AnyAsync(Request(Jurisdiction.CW), CancellationToken.None));
        Assert.False(await replay.AnyAsync(Request(Jurisdiction.SX) with { From = Day.AddDays(5), To = Day.AddDays(6) }, CancellationToken.None));
    }

    [Fact]
    public void Plan_IsOnePartPerJurisdictionShardAndDay()
    {
        var plan = _services.Get<HistoryReplay>().Plan(Request(Jurisdiction.CW, Jurisdiction.AW) with { To = Day.AddDays(3).AddHours(6) });

        Assert.Equal(2 * 8 * 4, plan.Count);
        Assert.Equal(Day.AddDays(3).AddHours(6), plan.Max(p => p.To));
        Assert.All(plan, p => Assert.True(p.To > p.From && p.To - p.From <= TimeSpan.FromDays(1)));
    }

    // Progress<T> posts to the thread pool; the test needs the reports in hand when the run returns.
    private sealed class SynchronousProgress(List<ReplayProgress> seen) : IProgress<ReplayProgress>
    {
        public void Report(ReplayProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
