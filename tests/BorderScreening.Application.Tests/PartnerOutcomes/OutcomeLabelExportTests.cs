using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.PartnerOutcomes;

/// <summary>Partner outcomes as the strongest labels in the export, on Azurite.</summary>
public sealed class OutcomeLabelExportTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    // A hit (an unaccompanied minor forces review) with the reviewer's label, and the partners' outcomes of its signals.
    private async Task<string> LabelledCaseAsync(string id, string outcome, int? label, bool randomCheck, params PartnerOutcomeKind[] partnerOutcomes)
    {
        var record = TestRecords.Traveller(id) with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        await _services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        var caseId = result.Assessment!.CaseId!;
        await _services.Get<ILabelStore>().SaveAsync(
            new DecisionLabel(Jurisdiction.CW, caseId, result.Assessment.Id, outcome, label, "Concern", "", "Review.CW", Now, "c1", "m1", RandomCheck: randomCheck),
            CancellationToken.None);
        var store = _services.Get<IPartnerOutcomeStore>();
        for (var i = 0; i < partnerOutcomes.Length; i++)
        {
            await store.SaveAsync(new PartnerOutcome(Jurisdiction.CW, $"sig-{id}-{i}", caseId, $"partner-{i}", partnerOutcomes[i], Now, "partner"), CancellationToken.None);
        }

        return caseId;
    }

    private async Task<LabelledExample> ExportOneAsync() =>
        await new LabelExportService(_services.Get<ILabelStore>(), _services.Get<IAssessmentStore>(), _services.Get<IPartnerOutcomeStore>()).ExportAsync(Jurisdiction.CW, CancellationToken.None).SingleAsync();

    [Fact]
    public async Task Export_NoIndicationOnAReferral_OverridesTheReviewersPositive()
    {
        await LabelledCaseAsync("outcome-export-1", "ReferVictimSupport", 1, false, PartnerOutcomeKind.NoIndication);

        var example = await ExportOneAsync();

        Assert.False(example.Label);
        Assert.Equal(LabelSources.Outcome, example.LabelSource);
        Assert.EndsWith("; partner outcomes no-indication", example.LabelReference, StringComparison.Ordinal);
        Assert.Equal("review:CW", example.Source);
    }

    [Fact]
    public async Task Export_ConfirmedVictimOnAnInsufficientInformationDecision_BecomesAPositiveExample()
    {
        await LabelledCaseAsync("outcome-export-2", "InsufficientInformation", null, false, PartnerOutcomeKind.ConfirmedVictim, PartnerOutcomeKind.NoIndication);

        var example = await ExportOneAsync();

        Assert.True(example.Label);
        Assert.Equal(LabelSources.Outcome, example.LabelSource);
    }

    [Fact]
    public async Task Export_UnknownOutcome_LeavesTheReviewersLabelAndSource()
    {
        await LabelledCaseAsync("outcome-export-3", "ReferCriminalInvestigation", 1, false, PartnerOutcomeKind.Unknown);

        var example = await ExportOneAsync();

        Assert.True(example.Label);
        Assert.Equal(LabelSources.Review, example.LabelSource);
    }

    [Fact]
    public async Task Export_RandomCheckWithoutOutcome_SaysItsSourceAndKeepsItsLabel()
    {
        await LabelledCaseAsync("outcome-export-4", "NoConcern", 0, true);

        var example = await ExportOneAsync();

        Assert.False(example.Label);
        Assert.Equal(LabelSources.RandomCheck, example.LabelSource);
        Assert.True(example.RandomCheck);
    }
}
