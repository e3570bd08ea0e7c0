using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The retention port on real Table Storage (Azurite): which cases it finds, and rewriting them once.</summary>
public sealed class TableRetentionStoreTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IRetentionStore Store => _services.Get<IRetentionStore>();

    private async Task<string> ScreenHitAsync(string reference)
    {
        var record = TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        var result = await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        return result.AssessmentId!;
    }

    private async Task AddCaseAsync(string caseId, CaseStatus status)
    {
        var now = _services.Time.GetUtcNow();
        Assert.True(await _services.Get<IWorklistStore>().TryAddAsync(
            new WorklistItem { CaseId = caseId, AssessmentId = caseId, Jurisdiction = Jurisdiction.CW, Deadline = now.AddHours(4), Band = RiskBand.High, Status = status, ReceivedAt = now },
            CancellationToken.None));
    }

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableRetentionStore>(Store);

    [Fact]
    public async Task ClosedCases_AreDecidedAndMissedOnesReceivedBeforeTheDate()
    {
        await AddCaseAsync("cw-ret-open", CaseStatus.Open);
        await AddCaseAsync("cw-ret-decided", CaseStatus.Decided);
        await AddCaseAsync("cw-ret-missed", CaseStatus.Missed);
        var now = _services.Time.GetUtcNow();

        var found = new List<ClosedCase>();
        await foreach (var closed in Store.ClosedCasesAsync(now.AddMinutes(1), CancellationToken.None))
        {
            found.Add(closed);
        }

        var none = Store.ClosedCasesAsync(now.AddMinutes(-1), CancellationToken.None);
        Assert.Equal(["cw-ret-decided", "cw-ret-missed"], found.Select(c => c.CaseId).Order(StringComparer.Ordinal));
        Assert.All(found, c => Assert.Equal(Jurisdiction.CW, c.Jurisdiction));
        Assert.False(await none.GetAsyncEnumerator().MoveNextAsync());
    }

    [Fact]
    public async Task DepersonaliseCase_RewritesOnce_AndClearMonitoringFactsKeepsTheScores()
    {
        var id = await ScreenHitAsync("ret-hit");
        var assessments = _services.Get<IAssessmentStore>();

        var first = await Store.DepersonaliseCaseAsync(id, c => c with { Record = RetentionService.Depersonalise(c.Record) }, CancellationToken.None);
        var second = await Store.DepersonaliseCaseAsync(id, c => c, CancellationToken.None);
        await Store.ClearMonitoringFactsAsync(id, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        var reviewCase = (await assessments.GetCaseAsync(id, CancellationToken.None))!;
        Assert.Equal("(removed)", Assert.IsType<TravellerRecord>(reviewCase.Record).Name.Surname);
        Assert.True((await assessments.GetAsync(id, CancellationToken.None))!.Risk.IsHit);
        Assert.False(await Store.DepersonaliseCaseAsync("not-an-id", c => c, CancellationToken.None));
    }
}
