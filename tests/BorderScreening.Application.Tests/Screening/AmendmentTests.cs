using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Screening;

/// <summary>
/// Corrections and record identities on Azurite: same identity and content is a repeat; other
/// content is a new version, screened again and linked, with one case per record; and no sender can
/// take another sender's identity first.
/// </summary>
public sealed class AmendmentTests : IAsyncLifetime
{
    private static readonly Actor Supervisor = new("sup-1", "Review.Supervisor", JurisdictionCodes.All.ToHashSet(), JurisdictionCodes.All.ToHashSet());
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private ScreeningService Screening => _services.Get<ScreeningService>();

    private IAssessmentStore Store => _services.Get<IAssessmentStore>();

    private static FeedSource Feed(string sender, params Jurisdiction[] jurisdictions) =>
        new(sender, jurisdictions.Length == 0 ? JurisdictionCodes.All.ToHashSet() : jurisdictions.ToHashSet(), null);

    // An adult travelling alone on a return ticket: no indicator fires.
    private static TravellerRecord Harmless(string reference) => TestRecords.Traveller(reference);

    // The same traveller corrected to a 12-year-old without a guardian: forced review.
    private static TravellerRecord Minor(string reference) =>
        TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };

    private Task<RecordResult> ScreenAsync(ScreeningRecord record, FeedSource? source = null) =>
        Screening.ScreenOneAsync(ParsedRecord.Valid(0, record), source ?? Feed("feed-a"), CancellationToken.None);

    private async Task<List<WorklistItem>> CasesAsync()
    {
        await _services.Get<OutboxRelay>().RelayPendingAsync(CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAllAsync(100, CancellationToken.None);
        var items = new List<WorklistItem>();
        await foreach (var item in _services.Get<IWorklistStore>().ListAsync(Jurisdiction.CW, null, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task SameIdentityOtherContent_IsScreenedAgainAsALinkedVersion_AndTheFirstStays()
    {
        var first = await ScreenAsync(Harmless("amend-1"));
        var corrected = await ScreenAsync(Minor("amend-1"));

        Assert.Equal(("screened", "amended"), (first.Status, corrected.Status));
        Assert.NotEqual(first.AssessmentId, corrected.AssessmentId);
        Assert.Equal((2, first.AssessmentId), (corrected.Assessment!.Version, corrected.Assessment.Amends));
        Assert.False(first.Assessment!.Risk.IsHit);
        Assert.True(corrected.Assessment.Risk.IsHit);
        Assert.False((await Store.GetAsync(first.AssessmentId!, CancellationToken.None))!.Risk.IsHit);
        Assert.True(AssessmentId.TryParse(corrected.AssessmentId, out var jurisdiction, out _));
        Assert.Equal(Jurisdiction.CW, jurisdiction);
    }

    [Fact]
    public async Task RepeatedCorrection_IsADuplicateOfThatVersion()
    {
        await ScreenAsync(Harmless("amend-2"));
        var corrected = await ScreenAsync(Minor("amend-2"));
        var again = await ScreenAsync(Minor("amend-2"));
        var original = await ScreenAsync(Harmless("amend-2"));

        Assert.Equal("duplicate", again.Status);
        Assert.Equal(corrected.AssessmentId, again.AssessmentId);
        Assert.Equal("duplicate", original.Status);
        Assert.NotEqual(corrected.AssessmentId, original.AssessmentId);
    }

    [Fact]
    public async Task CorrectionOfAHit_UpdatesItsOpenCase_InsteadOfAddingOne()
    {
        var first = await ScreenAsync(Minor("amend-3"));
        Assert.Single(await CasesAsync());

        var corrected = await ScreenAsync(Minor("amend-3") with { AddressAtDestination = "Unknown address, Willemstad" });

        Assert.Equal("amended", corrected.Status);
        Assert.Equal(first.AssessmentId, corrected.Assessment!.CaseId);
        var item = Assert.Single(await CasesAsync());
        Assert.Equal((first.AssessmentId, corrected.AssessmentId, 2, CaseStatus.Open), (item.CaseId, item.AssessmentId, item.Version, item.Status));
        var reviewCase = (await Store.GetCaseAsync(first.AssessmentId!, CancellationToken.None))!;
        Assert.Equal("Unknown address, Willemstad", Assert.IsType<TravellerRecord>(reviewCase.Record).AddressAtDestination);
        Assert.Equal(corrected.AssessmentId, reviewCase.AssessmentId);
    }

    [Fact]
    public async Task CorrectionThatMakesAHit_CreatesTheCase_AndBothVersionsAreInTheAuditTrail()
    {
        var first = await ScreenAsync(Harmless("amend-4"));
        Assert.Empty(await CasesAsync());

        var corrected = await ScreenAsync(Minor("amend-4"));

        var item = Assert.Single(await CasesAsync());
        Assert.Equal(first.AssessmentId, item.CaseId);
        Assert.Equal(corrected.AssessmentId, item.AssessmentId);
        var trail = await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, first.AssessmentId!, 1, CancellationToken.None);
        var amended = Assert.Single(trail, e => e.Action == "assessment.amended");
        Assert.Contains(first.AssessmentId!, amended.Detail);
        Assert.Contains(corrected.AssessmentId!, amended.Detail);
    }

    [Fact]
    public async Task CorrectionOfADecidedCase_OpensItAgain()
    {
        var first = await ScreenAsync(Minor("amend-5"));
        Assert.Single(await CasesAsync());
        var review = _services.Get<CaseReviewService>();
        Assert.Equal(ReviewStatus.Ok, (await review.ClaimAsync(Supervisor, Jurisdiction.CW, first.AssessmentId!, CancellationToken.None)).Status);
        var decided = await review.DecideAsync(Supervisor, Jurisdiction.CW, first.AssessmentId!, new DecisionRequest(OwnAssessment.NoConcern, ReviewOutcome.NoConcern, [], null), CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, decided.Status);

        await ScreenAsync(Minor("amend-5") with { AddressAtDestination = "Changed" });

        var item = Assert.Single(await CasesAsync());
        Assert.Equal((CaseStatus.Open, 2, (string?)null), (item.Status, item.Version, item.Outcome));
        var trail = await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, first.AssessmentId!, 1, CancellationToken.None);
        Assert.Contains(trail, e => e.Action == "case.corrected" && e.Detail!.Contains("reopened from decided", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherSendersHarmlessRecordUnderTheSameIdentity_DoesNotPreemptTheRealOne()
    {
        var squatter = await ScreenAsync(Harmless("squat-1"), Feed("feed-intruder"));
        var real = await ScreenAsync(Minor("squat-1"), Feed("feed-owner"));

        Assert.Equal(("screened", "screened"), (squatter.Status, real.Status));
        Assert.NotEqual(squatter.AssessmentId, real.AssessmentId);
        Assert.True(real.Assessment!.Risk.IsHit);
        var item = Assert.Single(await CasesAsync());
        Assert.Equal(real.AssessmentId, item.CaseId);
    }

    [Fact]
    public async Task RecordOutsideTheSendersJurisdictions_IsForbidden_AndTheRestOfTheBatchGoesThrough()
    {
        var batch = new ParsedBatch([ParsedRecord.Valid(0, Harmless("scope-1")), ParsedRecord.Valid(1, TestRecords.Traveller("scope-2", Jurisdiction.AW))], []);

        var result = await Screening.ScreenAsync(batch, Feed("feed-cw", Jurisdiction.CW), CancellationToken.None);

        Assert.Equal(["screened", "forbidden"], result.Records.Select(r => r.Status));
        var error = Assert.Single(result.Records[1].Errors);
        Assert.Equal("records[1]", error.Path);
        Assert.Contains("AW", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Records[1].Assessment);
    }

    [Fact]
    public async Task SourceSystemOutsideTheBinding_IsForbidden()
    {
        var source = new FeedSource("feed-klm", JurisdictionCodes.All.ToHashSet(), new HashSet<string> { "KLM-API" });

        var result = await ScreenAsync(Harmless("scope-3"), source);

        Assert.Equal("forbidden", result.Status);
        Assert.Equal("screened", (await ScreenAsync(Harmless("scope-3") with { SourceSystem = "klm-api" }, source)).Status);
    }
}
