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
        new(subject, "Review." + jurisdictions[0].ReviewArea(), new HashSet<Jurisdiction>(), jurisdictions.ToHashSet());

    private static Actor Supervisor(string subject) => new(subject, "Review.Supervisor", JurisdictionCodes.All.ToHashSet(), JurisdictionCodes.All.ToHashSet());

    // Supervises CW and also holds Review.SX: sees SX's cases, supervises only CW.
    private static Actor SupervisorOfCwReviewingSx(string subject) =>
        new(subject, "Review.Supervisor", new HashSet<Jurisdiction> { Jurisdiction.CW }, new HashSet<Jurisdiction> { Jurisdiction.CW, Jurisdiction.SX });

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
        Assert.Equal(CaseStatus.Claimed, (await _services.Get<IWorklistStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None))!.Status);
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
        // The indicator forces review: a supervisor of the jurisdiction snoozes it, within the shorter maximum.
        var snoozed = await Snoozes.SnoozeAsync(Supervisor("s"), Jurisdiction.CW, caseId, new SnoozeRequest("TRV-MINOR-UNACCOMPANIED", "Sponsor", "school trip organiser, checked", 30), CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, snoozed.Status);

        var screening = _services.Get<ScreeningService>();
        var same = await screening.ScreenAsync(new ParsedBatch([ParsedRecord.Valid(0, TestRecords.Traveller("snz-2") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false, Sponsor = hotel })], []), CancellationToken.None);
        var other = await screening.ScreenAsync(new ParsedBatch([ParsedRecord.Valid(0, TestRecords.Traveller("snz-3") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false, Sponsor = new Party { Id = "OTHER" } })], []), CancellationToken.None);

        var snoozedAssessment = same.Records[0].Assessment!;
        Assert.Contains(snoozedAssessment.Indicators.Snoozed, f => f.Id == "TRV-MINOR-UNACCOMPANIED");
        Assert.DoesNotContain(snoozedAssessment.Indicators.Fired, f => f.Id == "TRV-MINOR-UNACCOMPANIED");
        Assert.Contains(other.Records[0].Assessment!.Indicators.Fired, f => f.Id == "TRV-MINOR-UNACCOMPANIED");
    }

    private async Task<string> DecidedAsync(string reference, Jurisdiction jurisdiction, Party? sponsor = null)
    {
        var caseId = await HitAsync(reference, jurisdiction, sponsor);
        var reviewer = Reviewer("decider", jurisdiction);
        await Review.ClaimAsync(reviewer, jurisdiction, caseId, CancellationToken.None);
        await Review.DecideAsync(reviewer, jurisdiction, caseId, Decision(ReviewOutcome.NoConcern), CancellationToken.None);
        return caseId;
    }

    [Fact]
    public async Task SupervisorActions_SupervisorOfCwWhoReviewsSx_AreForbiddenInSx()
    {
        var caseId = await DecidedAsync("sup-leak", Jurisdiction.SX);
        var actor = SupervisorOfCwReviewingSx("sup-cw");

        var reopen = await Review.ReopenAsync(actor, Jurisdiction.SX, caseId, new ReasonRequest("second look"), CancellationToken.None);
        var reassign = await Review.ReassignAsync(actor, Jurisdiction.SX, caseId, new ReassignRequest("r2", "cover"), CancellationToken.None);
        var snoozes = await Snoozes.ListSnoozesAsync(actor, Jurisdiction.SX, CancellationToken.None);
        var inCw = await Snoozes.ListSnoozesAsync(actor, Jurisdiction.CW, CancellationToken.None);

        Assert.Equal(ReviewStatus.Forbidden, reopen.Status);
        Assert.Equal(ReviewStatus.Forbidden, reassign.Status);
        Assert.Equal(ReviewStatus.Forbidden, snoozes.Status);
        Assert.Equal(ReviewStatus.Ok, inCw.Status);
    }

    [Fact]
    public async Task Snooze_IndicatorThatForcesReview_ByReviewer_IsForbidden()
    {
        var caseId = await DecidedAsync("forced-reviewer", Jurisdiction.CW, new Party { Id = "HOTEL-21", PartyKind = PartyKind.Hotel });

        var result = await Snoozes.SnoozeAsync(Reviewer("a", Jurisdiction.CW), Jurisdiction.CW, caseId, new SnoozeRequest("TRV-MINOR-UNACCOMPANIED", "Sponsor", "checked", 10), CancellationToken.None);

        Assert.Equal(ReviewStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task Snooze_IndicatorThatForcesReview_BySupervisorOfAnotherJurisdictionWhoReviewsHere_IsForbidden()
    {
        var caseId = await DecidedAsync("forced-foreign", Jurisdiction.SX, new Party { Id = "HOTEL-22", PartyKind = PartyKind.Hotel });

        var result = await Snoozes.SnoozeAsync(SupervisorOfCwReviewingSx("sup-cw"), Jurisdiction.SX, caseId, new SnoozeRequest("TRV-MINOR-UNACCOMPANIED", "Sponsor", "checked", 10), CancellationToken.None);

        Assert.Equal(ReviewStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task Snooze_IndicatorThatForcesReview_BySupervisor_KeepsToTheShorterMaximum()
    {
        var caseId = await DecidedAsync("forced-max", Jurisdiction.CW, new Party { Id = "HOTEL-23", PartyKind = PartyKind.Hotel });
        var supervisor = Supervisor("s");

        var tooLong = await Snoozes.SnoozeAsync(supervisor, Jurisdiction.CW, caseId, new SnoozeRequest("TRV-MINOR-UNACCOMPANIED", "Sponsor", "checked", 31), CancellationToken.None);
        var ok = await Snoozes.SnoozeAsync(supervisor, Jurisdiction.CW, caseId, new SnoozeRequest("TRV-MINOR-UNACCOMPANIED", "Sponsor", "checked", 30), CancellationToken.None);
        var extendTooLong = await Snoozes.ExtendSnoozeAsync(supervisor, Jurisdiction.CW, ok.Value!.Id, new ExtendSnoozeRequest(90, "still checked"), CancellationToken.None);
        var extendOk = await Snoozes.ExtendSnoozeAsync(supervisor, Jurisdiction.CW, ok.Value!.Id, new ExtendSnoozeRequest(20, "still checked"), CancellationToken.None);

        Assert.Equal(ReviewStatus.Invalid, tooLong.Status);
        Assert.Equal("days", Assert.Single(tooLong.Errors!).Path);
        Assert.Equal(ReviewStatus.Ok, ok.Status);
        Assert.Equal(ReviewStatus.Invalid, extendTooLong.Status);
        Assert.Equal(ReviewStatus.Ok, extendOk.Status);
    }

    [Fact]
    public async Task Snooze_IndicatorThatDoesNotForceReview_ByReviewer_KeepsTheNormalMaximum()
    {
        var caseId = await DecidedAsync("normal-max", Jurisdiction.CW, new Party { Id = "HOTEL-24", PartyKind = PartyKind.Hotel });

        var result = await Snoozes.SnoozeAsync(Reviewer("a", Jurisdiction.CW), Jurisdiction.CW, caseId, new SnoozeRequest("TRV-SPONSOR-NETWORK", "Sponsor", "registered hotel", 120), CancellationToken.None);

        Assert.Equal(ReviewStatus.Ok, result.Status);
    }
}
