using System.Text.Json;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.RandomChecks;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Sampling;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.RandomChecks;

/// <summary>The random review sample through the real graph on Azurite: a drawn non-hit becomes a marked, blinded case.</summary>
public sealed class RandomCheckScreeningTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    // Each block's draw falls on its first record: the first plain record a jurisdiction screens is drawn.
    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(
        configure: services => services.AddSingleton<IBlockPosition>(new FirstInBlock()),
        settings: new Dictionary<string, string?>
        {
            ["RandomChecks:Share:CW"] = "0.05",
            ["RandomChecks:Share:AW"] = "0.05",
            // AW's day has no room for random checks: 20% of 4 cases rounds down to none.
            ["Capacity:DailyCases:AW"] = "4",
        });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Actor Reviewer(string subject) => new(subject, "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

    // A plain traveller (no indicator fires): the first one a jurisdiction screens is drawn.
    private static TravellerRecord DrawnNonHit(string prefix, Jurisdiction jurisdiction) => TestRecords.Traveller(prefix + "-0", jurisdiction);

    private async Task<RecordResult> ScreenAsync(ScreeningRecord record, Jurisdiction jurisdiction)
    {
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAsync(jurisdiction, 100, CancellationToken.None);
        return result;
    }

    [Fact]
    public async Task Screen_ADrawnNonHit_BecomesARandomCheckCaseMarkedAfterTheOwnAssessment()
    {
        var result = await ScreenAsync(DrawnNonHit("random", Jurisdiction.CW), Jurisdiction.CW);
        var assessment = result.Assessment!;
        Assert.False(assessment.Risk.IsHit);
        Assert.Equal(assessment.Id, assessment.CaseId);
        var stored = await _services.Get<IAssessmentStore>().GetCaseAsync(assessment.Id, CancellationToken.None);
        Assert.True(stored!.RandomCheck);
        Assert.Equal(0.05, stored.InclusionProbability);

        var review = _services.Get<CaseReviewService>();
        var reviewer = Reviewer("r1");
        Assert.Equal(ReviewStatus.Ok, (await review.ClaimAsync(reviewer, Jurisdiction.CW, assessment.Id, CancellationToken.None)).Status);
        var before = (await review.GetAsync(reviewer, Jurisdiction.CW, assessment.Id, CancellationToken.None)).Value!;
        Assert.False(before.Case.RandomCheck);
        Assert.DoesNotContain("randomCheck", JsonSerializer.Serialize(before.Case, ScreeningJson.Options), StringComparison.Ordinal);

        await review.RecordOwnAssessmentAsync(reviewer, Jurisdiction.CW, assessment.Id, new OwnAssessmentRequest(OwnAssessment.NoConcern), CancellationToken.None);
        var after = (await review.GetAsync(reviewer, Jurisdiction.CW, assessment.Id, CancellationToken.None)).Value!;
        Assert.True(after.Case.RandomCheck);
        Assert.Contains("\"randomCheck\":true", JsonSerializer.Serialize(after.Case, ScreeningJson.Options), StringComparison.Ordinal);

        var decided = await review.DecideAsync(reviewer, Jurisdiction.CW, assessment.Id, new DecisionRequest(null, ReviewOutcome.NoConcern, [], null), CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, decided.Status);
        var label = await _services.Get<ILabelStore>().ReadAsync(Jurisdiction.CW, CancellationToken.None).SingleAsync(l => l.CaseId == assessment.Id);
        Assert.True(label.RandomCheck);
        Assert.Equal(0.05, label.InclusionProbability);
        Assert.Equal(0, label.Label);
        var export = new LabelExportService(_services.Get<ILabelStore>(), _services.Get<IAssessmentStore>(), _services.Get<BorderScreening.Application.PartnerOutcomes.IPartnerOutcomeStore>());
        var exported = await export.ExportAsync(Jurisdiction.CW, CancellationToken.None).SingleAsync();
        Assert.True(exported.RandomCheck);
        Assert.Equal(0.05, exported.InclusionProbability);
        Assert.Equal(20, exported.SampleWeight, 6);
    }

    [Fact]
    public async Task Screen_ADrawnNonHitOnADayWithoutRoom_GetsNoCase()
    {
        var result = await ScreenAsync(DrawnNonHit("full", Jurisdiction.AW), Jurisdiction.AW);

        Assert.False(result.Assessment!.Risk.IsHit);
        Assert.Null(result.Assessment.CaseId);
        Assert.Null(await _services.Get<IAssessmentStore>().GetCaseAsync(result.AssessmentId!, CancellationToken.None));
    }

    [Fact]
    public async Task TryTake_ConcurrentWorkers_NeverCountPastTheLimit()
    {
        var counter = _services.Get<IRandomCheckCounter>();
        var day = new DateOnly(2026, 12, 6);

        var taken = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => counter.TryTakeAsync(Jurisdiction.SX, day, 5, CancellationToken.None)));

        Assert.Equal(5, taken.Count(t => t));
        Assert.False(await counter.TryTakeAsync(Jurisdiction.SX, day, 5, CancellationToken.None));
        Assert.True(await counter.TryTakeAsync(Jurisdiction.SX, day.AddDays(1), 5, CancellationToken.None));
    }
}
