using System.Text.Json;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Review;

public sealed class ScoreBlindingTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Actor Reviewer(string subject) => new(subject, "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

    private static Actor Supervisor(string subject) => new(subject, "Review.Supervisor", new HashSet<Jurisdiction> { Jurisdiction.CW }, new HashSet<Jurisdiction> { Jurisdiction.CW });

    private CaseReviewService Review => _services.Get<CaseReviewService>();

    private async Task<string> HitAsync(string reference)
    {
        var record = TestRecords.Traveller(reference, Jurisdiction.CW) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        return result.AssessmentId!;
    }

    private async Task<string> ClaimedHitAsync(string reference, Actor reviewer)
    {
        var caseId = await HitAsync(reference);
        Assert.Equal(ReviewStatus.Ok, (await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Status);
        return caseId;
    }

    [Fact]
    public async Task GetCase_ReviewerBeforeOwnAssessment_LeavesScoreBandModelAndRiskOut()
    {
        var reviewer = Reviewer("r1");
        var caseId = await ClaimedHitAsync("blind-before", reviewer);

        var detail = (await Review.GetAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Value!;

        Assert.True(detail.ScoresHidden);
        Assert.Null(detail.Model);
        Assert.Null(detail.Risk);
        Assert.NotEmpty(detail.Indicators);
        var json = JsonSerializer.Serialize(detail, ScreeningJson.Options);
        using var document = JsonDocument.Parse(json);
        var item = document.RootElement.GetProperty("case");
        Assert.False(item.TryGetProperty("score", out _), json);
        Assert.False(item.TryGetProperty("band", out _), json);
        Assert.False(document.RootElement.TryGetProperty("risk", out _));
        Assert.False(document.RootElement.TryGetProperty("model", out _));
    }

    [Fact]
    public async Task GetCase_AfterOwnAssessment_ShowsScoresToThatReviewerOnly()
    {
        var reviewer = Reviewer("r1");
        var caseId = await ClaimedHitAsync("blind-after", reviewer);

        var recorded = await Review.RecordOwnAssessmentAsync(reviewer, Jurisdiction.CW, caseId, new OwnAssessmentRequest(OwnAssessment.Concern), CancellationToken.None);
        var mine = (await Review.GetAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Value!;
        var colleague = (await Review.GetAsync(Reviewer("r2"), Jurisdiction.CW, caseId, CancellationToken.None)).Value!;

        Assert.Equal(ReviewStatus.Ok, recorded.Status);
        Assert.False(recorded.Value!.ScoresHidden);
        Assert.False(mine.ScoresHidden);
        Assert.NotNull(mine.Risk);
        Assert.True(mine.Risk!.Score > 0);
        Assert.Equal(mine.Risk.Score, mine.Case.Score);
        Assert.Contains("\"score\"", JsonSerializer.Serialize(mine.Case, ScreeningJson.Options), StringComparison.Ordinal);
        Assert.True(colleague.ScoresHidden);
        Assert.Null(colleague.Risk);
    }

    [Fact]
    public async Task RecordOwnAssessment_Twice_IsConflict_AndWithoutValue_NamesTheField()
    {
        var reviewer = Reviewer("r1");
        var caseId = await ClaimedHitAsync("blind-twice", reviewer);
        await Review.RecordOwnAssessmentAsync(reviewer, Jurisdiction.CW, caseId, new OwnAssessmentRequest(OwnAssessment.NoConcern), CancellationToken.None);

        var again = await Review.RecordOwnAssessmentAsync(reviewer, Jurisdiction.CW, caseId, new OwnAssessmentRequest(OwnAssessment.Concern), CancellationToken.None);
        var missing = await Review.RecordOwnAssessmentAsync(reviewer, Jurisdiction.CW, caseId, new OwnAssessmentRequest(null), CancellationToken.None);

        Assert.Equal(ReviewStatus.Conflict, again.Status);
        Assert.Equal("ownAssessment", Assert.Single(missing.Errors!).Path);
        Assert.Equal(OwnAssessment.NoConcern, (await _services.Get<IWorklistStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None))!.OwnAssessment);
    }

    [Fact]
    public async Task RecordOwnAssessment_WithoutClaim_IsConflict()
    {
        var caseId = await HitAsync("blind-noclaim");

        var result = await Review.RecordOwnAssessmentAsync(Reviewer("r1"), Jurisdiction.CW, caseId, new OwnAssessmentRequest(OwnAssessment.Concern), CancellationToken.None);

        Assert.Equal(ReviewStatus.Conflict, result.Status);
    }

    [Fact]
    public async Task Decide_AfterRecordedOwnAssessment_UsesItAndRefusesAnotherOne()
    {
        var reviewer = Reviewer("r1");
        var caseId = await ClaimedHitAsync("blind-decide", reviewer);
        await Review.RecordOwnAssessmentAsync(reviewer, Jurisdiction.CW, caseId, new OwnAssessmentRequest(OwnAssessment.NoConcern), CancellationToken.None);

        var changed = await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, new DecisionRequest(OwnAssessment.Concern, ReviewOutcome.NoConcern, null, null), CancellationToken.None);
        var decided = await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, new DecisionRequest(null, ReviewOutcome.NoConcern, null, null), CancellationToken.None);

        Assert.Equal("ownAssessment", Assert.Single(changed.Errors!).Path);
        Assert.Equal(ReviewStatus.Ok, decided.Status);
        var label = await _services.Get<ILabelStore>().ReadAsync(Jurisdiction.CW, CancellationToken.None).SingleAsync(l => l.CaseId == caseId);
        Assert.Equal(nameof(OwnAssessment.NoConcern), label.OwnAssessment);
        Assert.Equal("r1", label.Reviewer);
        Assert.Equal("High", label.Band);
        var history = (await Review.GetAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Value!.History.Select(h => h.Action).ToList();
        Assert.Equal(1, history.Count(a => a == "case.own-assessment"));
    }

    [Fact]
    public async Task Worklist_Reviewer_GetsNoScoresAndMayNotSortByScore_SupervisorGetsBoth()
    {
        await HitAsync("blind-list");
        var worklist = _services.Get<WorklistService>();

        var reviewerPage = (await worklist.ListAsync(Reviewer("r1"), Jurisdiction.CW, new WorklistQuery(), CancellationToken.None)).Value!;
        var byScore = await worklist.ListAsync(Reviewer("r1"), Jurisdiction.CW, new WorklistQuery { Sort = "score" }, CancellationToken.None);
        var supervisorPage = (await worklist.ListAsync(Supervisor("s1"), Jurisdiction.CW, new WorklistQuery { Sort = "score" }, CancellationToken.None)).Value!;

        var hidden = Assert.Single(reviewerPage.Items);
        Assert.True(hidden.ScoresHidden);
        Assert.Equal(0, hidden.Score);
        Assert.DoesNotContain("\"score\"", JsonSerializer.Serialize(reviewerPage, ScreeningJson.Options), StringComparison.Ordinal);
        Assert.Equal("sort", Assert.Single(byScore.Errors!).Path);
        var shown = Assert.Single(supervisorPage.Items);
        Assert.False(shown.ScoresHidden);
        Assert.True(shown.Score > 0);
    }

    [Fact]
    public async Task Reopen_ClearsTheOwnAssessment_SoTheNextReviewerStartsBlind()
    {
        var reviewer = Reviewer("r1");
        var caseId = await ClaimedHitAsync("blind-reopen", reviewer);
        await Review.RecordOwnAssessmentAsync(reviewer, Jurisdiction.CW, caseId, new OwnAssessmentRequest(OwnAssessment.Concern), CancellationToken.None);
        await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, new DecisionRequest(null, ReviewOutcome.NoConcern, null, null), CancellationToken.None);

        await Review.ReopenAsync(Supervisor("s1"), Jurisdiction.CW, caseId, new ReasonRequest("second look"), CancellationToken.None);
        var detail = (await Review.GetAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Value!;

        Assert.True(detail.ScoresHidden);
        Assert.Null(detail.Case.OwnAssessment);
    }
}
