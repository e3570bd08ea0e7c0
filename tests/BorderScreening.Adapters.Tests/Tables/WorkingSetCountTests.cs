using Azure;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>
/// The stored working-set count on real Table Storage (Azurite): moved in the same transaction as the
/// index rows it counts, so it equals a count of those rows after any mix of arrivals, claims and
/// decisions, also when two instances change one jurisdiction at once.
/// </summary>
public sealed class WorkingSetCountTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private IWorklistStore Worklist => _services.Get<IWorklistStore>();

    private static WorklistItem Case(int n, CaseStatus status = CaseStatus.Open) => new()
    {
        CaseId = $"aw-case-{n:D5}",
        AssessmentId = $"aw-case-{n:D5}",
        Jurisdiction = Jurisdiction.AW,
        Priority = n % 3,
        Deadline = Now.AddMinutes(n),
        Score = 0.5,
        Band = RiskBand.High,
        Status = status,
        ReceivedAt = Now,
    };

    private static Task<int> RowsInIndexAsync(IWorklistStore worklist) =>
        worklist.CountIndexAsync(Jurisdiction.AW, null, new WorklistFilter(null, null, null, Now), _ => true, CancellationToken.None);

    private static async Task<bool> ChangeAsync(IWorklistStore worklist, int n, Func<WorklistItem, WorklistItem> change)
    {
        // As the services do: read, change, write back conditionally; read again when someone else won.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var item = (await worklist.GetAsync(Jurisdiction.AW, Case(n).CaseId, CancellationToken.None))!;
            if (await worklist.TryReplaceAsync(change(item), CancellationToken.None))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public async Task Count_FollowsArrivalsDecisionsAndMisses_AndIgnoresMovesWithinTheWorkingSet()
    {
        Assert.Equal(0, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));

        // 60 open cases in three transactions (24 to a transaction), one more alone, and one filed already missed.
        await Worklist.AddManyAsync([.. Enumerable.Range(0, 60).Select(n => Case(n))], CancellationToken.None);
        Assert.True(await Worklist.TryAddAsync(Case(60), CancellationToken.None));
        Assert.True(await Worklist.TryAddAsync(Case(61, CaseStatus.Missed), CancellationToken.None));
        Assert.False(await Worklist.TryAddAsync(Case(5), CancellationToken.None));
        Assert.Equal(61, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));

        // Claims and escalations move cases within the working set; decisions and misses take them out.
        Assert.True(await ChangeAsync(Worklist, 1, c => c with { Status = CaseStatus.Claimed, ClaimedBy = "r1", LeaseUntil = Now.AddMinutes(30) }));
        Assert.True(await ChangeAsync(Worklist, 2, c => c with { Status = CaseStatus.Escalated, Priority = 0 }));
        Assert.True(await ChangeAsync(Worklist, 1, c => c with { Status = CaseStatus.Decided, Outcome = "NoFurtherAction" }));
        Assert.True(await ChangeAsync(Worklist, 3, c => c with { Status = CaseStatus.Missed, MissedReason = "expired" }));
        Assert.True(await ChangeAsync(Worklist, 4, c => c with { Status = CaseStatus.Decided, Outcome = "Referred" }));

        Assert.Equal(58, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));
        Assert.Equal(58, await RowsInIndexAsync(Worklist));

        // Writing a decided case again (a retried decision) changes nothing.
        Assert.True(await ChangeAsync(Worklist, 4, c => c with { Outcome = "Referred" }));
        Assert.Equal(58, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));
    }

    [Fact]
    public async Task Count_StaysExact_WhenTwoInstancesAddAndDecideInOneJurisdictionAtOnce()
    {
        await using var other = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Storage:NamePrefix"] = _services.Prefix });
        var first = Worklist;
        var second = other.Get<IWorklistStore>();
        await first.AddManyAsync([.. Enumerable.Range(0, 100).Select(n => Case(n))], CancellationToken.None);

        // One instance files 100 new cases one by one while both decide 80 of the first 100, eight at a time each:
        // every one of these transactions moves the count, so they keep colliding on it.
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        var adds = Parallel.ForEachAsync(Enumerable.Range(100, 100), options, async (n, _) => Assert.True(await first.TryAddAsync(Case(n), CancellationToken.None)));
        var decisionsHere = Parallel.ForEachAsync(Enumerable.Range(0, 40), options, async (n, _) =>
            Assert.True(await ChangeAsync(first, n, c => c with { Status = CaseStatus.Decided, Outcome = "NoFurtherAction" })));
        var decisionsThere = Parallel.ForEachAsync(Enumerable.Range(40, 40), options, async (n, _) =>
            Assert.True(await ChangeAsync(second, n, c => c with { Status = CaseStatus.Decided, Outcome = "NoFurtherAction" })));
        await Task.WhenAll(adds, decisionsHere, decisionsThere);

        Assert.Equal(120, await RowsInIndexAsync(first));
        Assert.Equal(120, await first.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));
        Assert.Equal(120, await second.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));
    }

    [Fact]
    public async Task Count_MissingRow_IsCountedFromTheIndexOnce_ThenKeptByChanges()
    {
        await Worklist.AddManyAsync([.. Enumerable.Range(0, 50).Select(n => Case(n))], CancellationToken.None);

        // A deployment whose worklists predate the count has index rows but no count row.
        var table = _services.Get<StorageTables>().Worklist;
        await DeleteCountAsync(table);

        Assert.True(await ChangeAsync(Worklist, 7, c => c with { Status = CaseStatus.Decided, Outcome = "NoFurtherAction" }));
        Assert.Equal(49, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));

        await DeleteCountAsync(table);
        Assert.Equal(49, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));
        Assert.True(await Worklist.TryAddAsync(Case(50), CancellationToken.None));
        Assert.Equal(50, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));

        // Only some of the rows removed: their sum means nothing, so the count is taken afresh.
        await table.DeleteEntityAsync(Jurisdiction.AW.ToCode(), WorkingSetCounter.RowKey(3), ETag.All);
        Assert.Equal(50, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));
        Assert.True(await ChangeAsync(Worklist, 8, c => c with { Status = CaseStatus.Decided, Outcome = "NoFurtherAction" }));
        Assert.Equal(49, await Worklist.CountWorkingSetAsync(Jurisdiction.AW, CancellationToken.None));
    }

    private static async Task DeleteCountAsync(Azure.Data.Tables.TableClient table)
    {
        for (var shard = 0; shard < WorkingSetCounter.Shards; shard++)
        {
            await table.DeleteEntityAsync(Jurisdiction.AW.ToCode(), WorkingSetCounter.RowKey(shard), ETag.All);
        }
    }
}
