using System.Text.Json;
using Azure.Storage.Queues;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Options;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Signals;

/// <summary>
/// On Azurite: a referral to several partners of the jurisdiction puts one signal per partner on the
/// signals queue, each once; partners are those the jurisdiction configures (the theme register only
/// where one exists).
/// </summary>
public sealed class SignalPartnerTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Actor Reviewer(Jurisdiction j) => new("reviewer", "Review." + j.ReviewArea(), new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { j });

    private static readonly Actor Supervisor = new("supervisor", "Review.Supervisor", JurisdictionCodes.All.ToHashSet(), JurisdictionCodes.All.ToHashSet());

    private static DecisionRequest Referral(params string[] destinations) =>
        new(OwnAssessment.Concern, ReviewOutcome.ReferCriminalInvestigation, ["THIRD_PARTY_CONTROL"], null, destinations);

    private CaseReviewService Review => _services.Get<CaseReviewService>();

    private async Task<string> ClaimedHitAsync(string reference, Jurisdiction jurisdiction = Jurisdiction.CW)
    {
        var record = TestRecords.Traveller(reference, jurisdiction) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAsync(jurisdiction, 100, CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, (await Review.ClaimAsync(Reviewer(jurisdiction), jurisdiction, result.AssessmentId!, CancellationToken.None)).Status);
        return result.AssessmentId!;
    }

    private async Task<List<ThemeSignal>> SignalsOnQueueAsync(Jurisdiction jurisdiction = Jurisdiction.CW)
    {
        var prefix = _services.Get<IOptions<StorageOptions>>().Value.LowerCasePrefix;
        var queue = _services.Get<QueueServiceClient>().GetQueueClient(SignalQueueNames.For(jurisdiction, prefix));
        return await queue.ExistsAsync()
            ? [.. (await queue.PeekMessagesAsync(32)).Value.Select(m => JsonSerializer.Deserialize<ThemeSignal>(m.MessageText, ScreeningJson.Options)!)]
            : [];
    }

    [Fact]
    public async Task Decide_TwoPartners_OneSignalEachExactlyOnce()
    {
        var caseId = await ClaimedHitAsync("partners-two");

        var result = await Review.DecideAsync(Reviewer(Jurisdiction.CW), Jurisdiction.CW, caseId, Referral("police", "theme-register"), CancellationToken.None);
        await _services.Get<SignalRelay>().RelayPendingAsync(CancellationToken.None);
        await _services.Get<SignalRelay>().RelayPendingAsync(CancellationToken.None);

        Assert.Equal(ReviewStatus.Ok, result.Status);
        var signals = await SignalsOnQueueAsync();
        Assert.Equal(2, signals.Count);
        Assert.Equal(["police", "theme-register"], signals.Select(s => s.Partner!.Id).Order());
        Assert.Equal([SignalDestination.CriminalInvestigation, SignalDestination.ThemeRegister], signals.Select(s => s.Destination).Order());
        Assert.Equal(2, signals.Select(s => s.SignalId).Distinct().Count());
        Assert.All(signals, s => Assert.Empty(SignalSchema.Validate(JsonSerializer.Serialize(s, ScreeningJson.Options))));
        Assert.Equal(2, (await _services.Get<ISignalStore>().ListAsync(Jurisdiction.CW, caseId, CancellationToken.None)).Count);
        var audit = await _services.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, caseId, 1, CancellationToken.None);
        Assert.Equal(2, audit.Count(e => e.Action == "signal.sent"));
        Assert.Contains(audit, e => e.Action == "case.decided" && e.Detail!.Contains("to police,theme-register", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resend_CaseWithTwoPartners_ResendsEachUnderItsOwnId()
    {
        var caseId = await ClaimedHitAsync("partners-resend");
        await Review.DecideAsync(Reviewer(Jurisdiction.CW), Jurisdiction.CW, caseId, Referral("police", "victim-support"), CancellationToken.None);

        var resent = await _services.Get<SignalService>().ResendAsync(Supervisor, Jurisdiction.CW, caseId, new ReasonRequest("partner asked again"), CancellationToken.None);

        Assert.Equal(ReviewStatus.Ok, resent.Status);
        Assert.Single(resent.Value!.AlsoResent!);
        var signals = await SignalsOnQueueAsync();
        Assert.Equal(4, signals.Count);
        Assert.All(signals.GroupBy(s => s.SignalId), g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public async Task Decide_ThemeRegisterInAruba_IsRejectedNamingTheEntryAndNothingIsDecided()
    {
        var caseId = await ClaimedHitAsync("partners-aw", Jurisdiction.AW);

        var result = await Review.DecideAsync(Reviewer(Jurisdiction.AW), Jurisdiction.AW, caseId, Referral("police", "theme-register"), CancellationToken.None);

        Assert.Equal(ReviewStatus.Invalid, result.Status);
        Assert.Equal("destinations[1]", Assert.Single(result.Errors!).Path);
        Assert.Equal(CaseStatus.Claimed, (await _services.Get<IWorklistStore>().GetAsync(Jurisdiction.AW, caseId, CancellationToken.None))!.Status);
        Assert.Empty(await SignalsOnQueueAsync(Jurisdiction.AW));
    }

    [Fact]
    public async Task Decide_PartnerNamedTwice_IsRejectedNamingTheSecond()
    {
        var caseId = await ClaimedHitAsync("partners-twice");

        var result = await Review.DecideAsync(Reviewer(Jurisdiction.CW), Jurisdiction.CW, caseId, Referral("police", "police"), CancellationToken.None);

        Assert.Equal("destinations[1]", Assert.Single(result.Errors!).Path);
    }

    [Fact]
    public async Task Decide_NoConcernWithPartners_IsRejectedNamingDestinations()
    {
        var caseId = await ClaimedHitAsync("partners-noconcern");

        var result = await Review.DecideAsync(Reviewer(Jurisdiction.CW), Jurisdiction.CW, caseId, Referral("police") with { Outcome = ReviewOutcome.NoConcern }, CancellationToken.None);

        Assert.Equal("destinations", Assert.Single(result.Errors!).Path);
    }

    [Fact]
    public void For_ThemeRegister_OnlyInCuracaoAndTheCaribbeanNetherlands()
    {
        var partners = new SignalPartners(Options.Create(new SignalPartnerOptions()));

        var withRegister = JurisdictionCodes.All.Where(j => partners.For(j).Any(p => p.Kind == SignalDestination.ThemeRegister)).ToList();

        Assert.Equal([Jurisdiction.CW, Jurisdiction.BQ_BO, Jurisdiction.BQ_SE, Jurisdiction.BQ_SA], withRegister);
    }

    [Fact]
    public void For_ConfiguredJurisdiction_UsesTheNamedPartnersInsteadOfTheDefaults()
    {
        var options = new SignalPartnerOptions
        {
            Partners =
            {
                ["SX"] =
                [
                    new() { Id = "kpsm", Name = "Police Force Sint Maarten", Kind = SignalDestination.CriminalInvestigation },
                    new() { Id = "victim-desk", Name = "Victim desk", Kind = SignalDestination.VictimSupport },
                    new() { Id = "labour", Name = "Labour inspection", Kind = SignalDestination.LabourInspection },
                ],
            },
        };
        var partners = new SignalPartners(Options.Create(options));

        var (chosen, errors) = partners.Resolve(Jurisdiction.SX, ReviewOutcome.ReferCriminalInvestigation, null);

        Assert.True(options.IsValid);
        Assert.Empty(errors);
        Assert.Equal("kpsm", Assert.Single(chosen).Id);
        Assert.Equal(4, partners.For(Jurisdiction.CW).Count);
    }

    [Theory]
    [InlineData("XX", "police", "CriminalInvestigation")]
    [InlineData("SX", "Police!", "CriminalInvestigation")]
    [InlineData("SX", "police", "ThemeRegister")]
    public void IsValid_BadKeyIdOrMissingReferralKind_IsFalse(string code, string id, string kind)
    {
        var options = new SignalPartnerOptions
        {
            Partners =
            {
                [code] =
                [
                    new() { Id = id, Name = "Police", Kind = Enum.Parse<SignalDestination>(kind) },
                    new() { Id = "victim", Name = "Victim desk", Kind = SignalDestination.VictimSupport },
                    new() { Id = "labour", Name = "Labour inspection", Kind = SignalDestination.LabourInspection },
                ],
            },
        };

        Assert.False(options.IsValid);
    }
}
