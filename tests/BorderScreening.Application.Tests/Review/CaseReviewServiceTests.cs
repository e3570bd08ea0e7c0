using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Review;

public sealed class CaseReviewServiceTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Actor Reviewer(string subject, params Jurisdiction[] jurisdictions) =>
        new(subject, "Review." + jurisdictions[0].ReviewArea(), false, jurisdictions.ToHashSet());

    private static Actor Supervisor(string subject) => new(subject, "Review.Supervisor", true, JurisdictionCodes.All.ToHashSet());

    private WorklistService Worklist => _services.Get<WorklistService>();

    private CaseReviewService Review => _services.Get<CaseReviewService>();

    private SnoozeService Snoozes => _services.Get<SnoozeService>();

    private async Task<string> HitAsync(string reference, Jurisdiction jurisdiction = Jurisdiction.CW, Party? sponsor = null)
    {
        var record = TestRecords.Traveller(reference, jurisdiction) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false, Sponsor = sponsor };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAsync(jurisdiction, 100, CancellationToken.None);
        return result.AssessmentId!;
    }

    private static DecisionRequest Decision(ReviewOutcome outcome = ReviewOutcome.ReferVictimSupport) =>
        new(OwnAssessment.Concern, outcome, ["MINOR_AT_RISK"], "Interviewed at the gate.");

    [Fact]
    public async Task Claim_SixteenConcurrentReviewers_ExactlyOneWins()
    {
        var caseId = await HitAsync("claim-race");

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Review.ClaimAsync(Reviewer($"r{i}", Jurisdiction.CW), Jurisdiction.CW, caseId, CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r.Status == ReviewStatus.Ok));
        Assert.Equal(15, results.Count(r => r.Status == ReviewStatus.Conflict));
    }

    [Fact]
    public async Task Claim_AfterLeaseLapses_AnotherReviewerMayTakeIt()
    {
        var caseId = await HitAsync("lease");
        Assert.Equal(ReviewStatus.Ok, (await Review.ClaimAsync(Reviewer("a", Jurisdiction.CW), Jurisdiction.CW, caseId, CancellationToken.None)).Status);
        Assert.Equal(ReviewStatus.Conflict, (await Review.ClaimAsync(Reviewer("b", Jurisdiction.CW), Jurisdiction.CW, caseId, CancellationToken.None)).Status);

        _services.Time.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(ReviewStatus.Ok, (await Review.ClaimAsync(Reviewer("b", Jurisdiction.CW), Jurisdiction.CW, caseId, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Decide_WithoutOwnAssessment_IsRejectedNamingTheField()
    {
        var caseId = await HitAsync("own");
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);

        var result = await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision() with { OwnAssessment = null }, CancellationToken.None);

        Assert.Equal(ReviewStatus.Invalid, result.Status);
        Assert.Equal("ownAssessment", Assert.Single(result.Errors!).Path);
    }

    [Fact]
    public async Task Decide_ClaimedCase_DecidesAuditsAndLabels()
    {
        var caseId = await HitAsync("decide");
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        await Review.GetAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);

        var result = await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision(), CancellationToken.None);

        Assert.Equal(ReviewStatus.Ok, result.Status);
        Assert.Equal(CaseStatus.Decided, result.Value!.Status);
        var history = (await Review.GetAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Value!.History.Select(h => h.Action).ToList();
        Assert.Equal(["case.claimed", "case.viewed", "case.own-assessment", "case.decided"], history.Take(4));
        Assert.Equal(1, DecisionLabels.LabelFor(ReviewOutcome.ReferVictimSupport));
    }

    [Fact]
    public async Task Decide_OutcomeThatIsNoDeclaredValue_IsRejectedAndNothingIsStored()
    {
        var caseId = await HitAsync("outcome-12345");
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);

        var result = await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision((ReviewOutcome)12345), CancellationToken.None);

        Assert.Equal(ReviewStatus.Invalid, result.Status);
        Assert.Equal("outcome", Assert.Single(result.Errors!).Path);
        Assert.Equal(CaseStatus.Claimed, (await _services.Get<WorklistStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None))!.Status);
        var history = (await Review.GetAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None)).Value!.History.Select(h => h.Action);
        Assert.DoesNotContain("case.decided", history);
        Assert.DoesNotContain("case.own-assessment", history);
    }

    [Fact]
    public async Task Decide_OwnAssessmentThatIsNoDeclaredValue_IsRejectedNamingIt()
    {
        var caseId = await HitAsync("own-99");
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);

        var result = await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision() with { OwnAssessment = (OwnAssessment)99 }, CancellationToken.None);

        Assert.Equal(ReviewStatus.Invalid, result.Status);
        Assert.Equal("ownAssessment", Assert.Single(result.Errors!).Path);
    }

    [Theory]
    [InlineData(ReviewOutcome.NoConcern, 0)]
    [InlineData(ReviewOutcome.ReferCriminalInvestigation, 1)]
    [InlineData(ReviewOutcome.ReferVictimSupport, 1)]
    [InlineData(ReviewOutcome.ReferLabourInspection, 1)]
    [InlineData(ReviewOutcome.InsufficientInformation, null)]
    [InlineData((ReviewOutcome)12345, null)]
    [InlineData((ReviewOutcome)(-1), null)]
    public void LabelFor_MapsOnlyDeclaredReferralsToPositive(ReviewOutcome outcome, int? expected) =>
        Assert.Equal(expected, DecisionLabels.LabelFor(outcome));

    [Fact]
    public async Task Snooze_EntityTypeAsNumberOrList_IsRejectedNamingIt()
    {
        var caseId = await HitAsync("snooze-type", sponsor: new Party { Id = "HOTEL-2", PartyKind = PartyKind.Hotel });
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision(ReviewOutcome.NoConcern), CancellationToken.None);

        foreach (var entityType in new[] { "0", "12345", "Sponsor, Payer", "NoSuchEntity" })
        {
            var result = await Snoozes.SnoozeAsync(reviewer, Jurisdiction.CW, caseId, new SnoozeRequest("TRV-SPONSOR-NETWORK", entityType, "registered hotel", 30), CancellationToken.None);

            Assert.Equal(ReviewStatus.Invalid, result.Status);
            Assert.Equal("entityType", Assert.Single(result.Errors!).Path);
        }

        Assert.Empty((await Snoozes.ListSnoozesAsync(Supervisor("s"), Jurisdiction.CW, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task Decide_WithoutClaim_IsConflict()
    {
        var caseId = await HitAsync("noclaim");

        var result = await Review.DecideAsync(Reviewer("a", Jurisdiction.CW), Jurisdiction.CW, caseId, Decision(), CancellationToken.None);

        Assert.Equal(ReviewStatus.Conflict, result.Status);
    }

    [Fact]
    public async Task EveryAction_OtherJurisdictionsReviewer_GetsNotFound()
    {
        var caseId = await HitAsync("foreign");
        var aw = Reviewer("aw-reviewer", Jurisdiction.AW);

        Assert.Equal(ReviewStatus.NotFound, (await Review.GetAsync(aw, Jurisdiction.CW, caseId, CancellationToken.None)).Status);
        Assert.Equal(ReviewStatus.NotFound, (await Review.ClaimAsync(aw, Jurisdiction.CW, caseId, CancellationToken.None)).Status);
        Assert.Equal(ReviewStatus.NotFound, (await Review.DecideAsync(aw, Jurisdiction.CW, caseId, Decision(), CancellationToken.None)).Status);
        Assert.Equal(ReviewStatus.NotFound, (await Worklist.ListAsync(aw, Jurisdiction.CW, new WorklistQuery(), CancellationToken.None)).Status);
        // Asking AW's own worklist for the CW case finds nothing either.
        Assert.Equal(ReviewStatus.NotFound, (await Review.GetAsync(aw, Jurisdiction.AW, caseId, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Reopen_ByReviewer_IsForbidden_BySupervisorWithReason_Reopens()
    {
        var caseId = await HitAsync("reopen");
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision(ReviewOutcome.NoConcern), CancellationToken.None);

        var byReviewer = await Review.ReopenAsync(reviewer, Jurisdiction.CW, caseId, new ReasonRequest("second look"), CancellationToken.None);
        var withoutReason = await Review.ReopenAsync(Supervisor("s"), Jurisdiction.CW, caseId, new ReasonRequest(" "), CancellationToken.None);
        var bySupervisor = await Review.ReopenAsync(Supervisor("s"), Jurisdiction.CW, caseId, new ReasonRequest("new information from partner"), CancellationToken.None);

        Assert.Equal(ReviewStatus.Forbidden, byReviewer.Status);
        Assert.Equal(ReviewStatus.Invalid, withoutReason.Status);
        Assert.Equal(CaseStatus.Open, bySupervisor.Value!.Status);
    }

    [Fact]
    public async Task List_FiltersSortsAndPages()
    {
        for (var i = 0; i < 5; i++)
        {
            await HitAsync($"list-{i}");
        }

        var page = (await Worklist.ListAsync(Reviewer("a", Jurisdiction.CW), Jurisdiction.CW, new WorklistQuery { PageSize = 2, Page = 2, Typology = Typology.ChildTrafficking }, CancellationToken.None)).Value!;

        Assert.Equal(5, page.Total);
        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, i => Assert.Contains(Typology.ChildTrafficking, i.Typologies));
    }

    [Fact]
    public async Task Get_CaseSharingASponsor_ShowsTheLinkedCaseWithItsOutcome()
    {
        var sponsor = new Party { Id = "SPONSOR-9", Name = "Sponsor Nine" };
        var first = await HitAsync("link-1", sponsor: sponsor);
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, first, CancellationToken.None);
        await Review.DecideAsync(reviewer, Jurisdiction.CW, first, Decision(ReviewOutcome.NoConcern), CancellationToken.None);
        var second = await HitAsync("link-2", sponsor: sponsor);

        var detail = (await Review.GetAsync(reviewer, Jurisdiction.CW, second, CancellationToken.None)).Value!;

        var linked = Assert.Single(detail.Linked, l => l.EntityType == "Sponsor");
        Assert.Equal(first, linked.CaseId);
        Assert.Equal("NoConcern", linked.Outcome);
        Assert.Contains(detail.Facts, f => f.Key == "sponsor");
        Assert.DoesNotContain(detail.Facts, f => f.Key is "nationality" or "sex");
    }

    [Fact]
    public async Task Snooze_LongerThan180Days_IsRejected()
    {
        var caseId = await HitAsync("snooze", sponsor: new Party { Id = "HOTEL-1", PartyKind = PartyKind.Hotel });
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision(ReviewOutcome.NoConcern), CancellationToken.None);

        var tooLong = await Snoozes.SnoozeAsync(reviewer, Jurisdiction.CW, caseId, new SnoozeRequest("TRV-SPONSOR-NETWORK", "Sponsor", "registered hotel", 181), CancellationToken.None);
        var ok = await Snoozes.SnoozeAsync(reviewer, Jurisdiction.CW, caseId, new SnoozeRequest("TRV-SPONSOR-NETWORK", "Sponsor", "registered hotel", 90), CancellationToken.None);

        Assert.Equal(ReviewStatus.Invalid, tooLong.Status);
        Assert.Equal(ReviewStatus.Ok, ok.Status);
        Assert.Single((await Snoozes.ListSnoozesAsync(Supervisor("s"), Jurisdiction.CW, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task Snooze_Active_RemovesTheIndicatorForRecordsNamingThatEntity()
    {
        var hotel = new Party { Id = "HOTEL-7", PartyKind = PartyKind.Hotel };
        var caseId = await HitAsync("snz-1", sponsor: hotel);
        var reviewer = Reviewer("a", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        await Review.DecideAsync(reviewer, Jurisdiction.CW, caseId, Decision(ReviewOutcome.NoConcern), CancellationToken.None);
        await Snoozes.SnoozeAsync(reviewer, Jurisdiction.CW, caseId, new SnoozeRequest("TRV-MINOR-UNACCOMPANIED", "Sponsor", "school trip organiser, checked", 30), CancellationToken.None);

        var screening = _services.Get<ScreeningService>();
        var same = await screening.ScreenAsync(new ParsedBatch([ParsedRecord.Valid(0, TestRecords.Traveller("snz-2") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false, Sponsor = hotel })], []), CancellationToken.None);
        var other = await screening.ScreenAsync(new ParsedBatch([ParsedRecord.Valid(0, TestRecords.Traveller("snz-3") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false, Sponsor = new Party { Id = "OTHER" } })], []), CancellationToken.None);

        var snoozedAssessment = same.Records[0].Assessment!;
        Assert.Contains(snoozedAssessment.Indicators.Snoozed, f => f.Id == "TRV-MINOR-UNACCOMPANIED");
        Assert.DoesNotContain(snoozedAssessment.Indicators.Fired, f => f.Id == "TRV-MINOR-UNACCOMPANIED");
        Assert.Contains(other.Records[0].Assessment!.Indicators.Fired, f => f.Id == "TRV-MINOR-UNACCOMPANIED");
    }
}
