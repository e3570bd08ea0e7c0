using Azure.Core;
using Azure.Data.Tables;
using BorderScreening.Adapters.Storage.Faults;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Assessments;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Storage.Faults;

public sealed class FaultInjectionPolicyTests
{
    private static async Task<TableClient> TableAsync(FaultOptions faults, int maxRetries)
    {
        var azurite = await SharedAzurite.GetAsync();
        var options = new TableClientOptions();
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.AddPolicy(new FaultInjectionPolicy(faults), HttpPipelinePosition.PerRetry);
        var table = new TableServiceClient(azurite.ConnectionString, options).GetTableClient(SharedAzurite.UniquePrefix() + "faults");
        await new TableServiceClient(azurite.ConnectionString).GetTableClient(table.Name).CreateIfNotExistsAsync();
        return table;
    }

    private static async Task<bool> ExistsAsync(TableClient table, string rowKey)
    {
        var azurite = await SharedAzurite.GetAsync();
        var clean = new TableServiceClient(azurite.ConnectionString).GetTableClient(table.Name);
        return (await clean.GetEntityIfExistsAsync<TableEntity>("p", rowKey)).HasValue;
    }

    [Fact]
    public async Task Process_FaultBeforeTheCall_FailsAndStorageNeverSeesTheWrite()
    {
        var table = await TableAsync(new FaultOptions { Rate = 1, AfterShare = 0, Seed = 1 }, maxRetries: 0);

        var error = await Record.ExceptionAsync(() => table.AddEntityAsync(new TableEntity("p", "before")));

        Assert.NotNull(error);
        Assert.False(await ExistsAsync(table, "before"));
    }

    [Fact]
    public async Task Process_FaultAfterTheCall_FailsAlthoughStorageDidTheWrite()
    {
        var table = await TableAsync(new FaultOptions { Rate = 1, AfterShare = 1, Seed = 2 }, maxRetries: 0);

        var error = await Record.ExceptionAsync(() => table.AddEntityAsync(new TableEntity("p", "after")));

        Assert.NotNull(error);
        Assert.True(await ExistsAsync(table, "after"));
    }

    [Fact]
    public async Task Process_EveryFaultKind_IsRetriedBySdk()
    {
        // Every kind of fault (503, timeout, reset) must be one the SDK retries; 40 calls at 50% meet all three.
        var table = await TableAsync(new FaultOptions { Rate = 0.5, AfterShare = 0, Seed = 3 }, maxRetries: 20);

        for (var i = 0; i < 40; i++)
        {
            await table.UpsertEntityAsync(new TableEntity("p", $"r{i}"));
        }

        Assert.True(await ExistsAsync(table, "r39"));
    }

    [Fact]
    public async Task AddScreening_NoFaultRate_RegistersNoPolicy()
    {
        await using var services = await ScreeningServices.CreateAsync();

        Assert.Null(services.Provider.GetService<FaultInjectionPolicy>());
    }

    [Fact]
    public async Task ScreenAsync_TenPercentFaults_StoresEveryRecordOnceAndAnswersEachWithTheStoredAssessment()
    {
        await using var services = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?> { ["Faults:Rate"] = "0.1", ["Faults:Seed"] = "7" });
        var records = Enumerable.Range(0, 40).Select(i => TestRecords.Traveller($"fault-{i}")).ToList();
        var batch = new ParsedBatch(records.Select((r, i) => ParsedRecord.Valid(i, r)).ToList(), []);

        var first = await services.Get<ScreeningService>().ScreenAsync(batch, CancellationToken.None);
        var again = await services.Get<ScreeningService>().ScreenAsync(batch, CancellationToken.None);

        Assert.True(services.Get<FaultInjectionPolicy>().Count > 0);
        var store = services.Get<IAssessmentStore>();
        foreach (var (result, i) in first.Records.Select((r, i) => (r, i)))
        {
            var stored = await store.GetAsync(AssessmentId.For(records[i]), CancellationToken.None);
            Assert.NotNull(stored);
            Assert.Equal(stored.ScreenedAt, result.Assessment!.ScreenedAt);
            Assert.Equal("duplicate", again.Records[i].Status);
            Assert.Equal(stored.ScreenedAt, again.Records[i].Assessment!.ScreenedAt);
        }
    }
}
