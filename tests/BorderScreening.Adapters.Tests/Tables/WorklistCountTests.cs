using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>
/// The worklist total on real Table Storage (Azurite): counted in key ranges read side by side, with
/// split points learned from the last count, and still exact when cases arrive and leave between counts.
/// </summary>
public sealed class WorklistCountTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IWorklistStore Worklist => _services.Get<IWorklistStore>();

    private static WorklistItem Case(int n, int minutes) => new()
    {
        CaseId = $"case-{n:D5}",
        AssessmentId = $"case-{n:D5}",
        Jurisdiction = Jurisdiction.AW,
        Priority = n % 3,
        Deadline = Now.AddMinutes(minutes),
        Score = 0.5,
        Band = RiskBand.High,
        Status = CaseStatus.Open,
        ReceivedAt = Now,
    };

    private Task<int> CountAsync(string? before = null, WorklistFilter? filter = null) =>
        Worklist.CountIndexAsync(Jurisdiction.AW, before, filter ?? new WorklistFilter(null, null, null, Now), _ => true, CancellationToken.None);

    [Fact]
    public async Task Count_StaysExactAsCasesArriveAndLeaveBetweenCounts()
    {
        // 2,600 cases over 2,600 minutes: the first count reads three pages and learns two split points.
        var first = Enumerable.Range(0, 2600).Select(n => Case(n, n)).ToList();
        await Worklist.AddManyAsync(first, CancellationToken.None);
        Assert.Equal(2600, await CountAsync());
        Assert.Equal(2600, await CountAsync());

        // 1,500 more, all inside the first learned range: that range now takes two pages.
        var crowded = Enumerable.Range(10_000, 1500).Select(n => Case(n, 5)).ToList();
        await Worklist.AddManyAsync(crowded, CancellationToken.None);
        Assert.Equal(4100, await CountAsync());

        // Decided cases leave the working set (their index rows go), across every range.
        foreach (var n in new[] { 0, 999, 1000, 1001, 2000, 2599 })
        {
            var item = (await Worklist.GetAsync(Jurisdiction.AW, $"case-{n:D5}", CancellationToken.None))!;
            Assert.True(await Worklist.TryReplaceAsync(item with { Status = CaseStatus.Decided, Outcome = "NoFurtherAction" }, CancellationToken.None));
        }

        Assert.Equal(4094, await CountAsync());
        Assert.Equal(4094, await CountAsync());
    }

    [Fact]
    public async Task Count_WithADeadlineBoundOrAFilter_CountsOnlyWhatMatches()
    {
        await Worklist.AddManyAsync([.. Enumerable.Range(0, 2100).Select(n => Case(n, n))], CancellationToken.None);
        Assert.Equal(2100, await CountAsync());

        // Deadlines at minutes 0..1499 are before the bound; the learned split at row 1,000 lies inside it, the one at 2,000 beyond.
        Assert.Equal(1500, await CountAsync(WorklistIndex.DeadlineBound(Now.AddMinutes(1499))));
        Assert.Equal(700, await CountAsync(filter: new WorklistFilter(null, 0, null, Now)));
        Assert.Equal(2100, await CountAsync());
    }
}
