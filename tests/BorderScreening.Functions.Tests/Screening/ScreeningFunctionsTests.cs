using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.Functions.Health;
using BorderScreening.Functions.Screening;
using BorderScreening.Http.Health;
using BorderScreening.Http.Screening;
using BorderScreening.TestSupport;

namespace BorderScreening.Functions.Tests.Screening;

public sealed class ScreeningFunctionsTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task PostScreenings_ValidRecord_Returns200WithAssessmentThenGetAssessmentReadsIt()
    {
        var functions = new ScreeningFunctions(_services.Get<ScreeningApi>());
        var body = JsonSerializer.Serialize(new ScreeningRecord[] { Records.Traveller("fn-1") }, ScreeningJson.Options);
        var post = FunctionInvoker.Request(_services.Provider, "POST", body);

        var (status, json) = await FunctionInvoker.ExecuteAsync(post, await functions.PostScreenings(post, CancellationToken.None));

        Assert.Equal(200, status);
        var id = json!["results"]![0]!["assessmentId"]!.GetValue<string>();
        var get = FunctionInvoker.Request(_services.Provider, "GET");
        var (getStatus, assessment) = await FunctionInvoker.ExecuteAsync(get, await functions.GetAssessment(get, id, CancellationToken.None));
        Assert.Equal(200, getStatus);
        Assert.Equal(id, assessment!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostScreenings_RecordMissingFields_Returns400ProblemNamingFields()
    {
        var functions = new ScreeningFunctions(_services.Get<ScreeningApi>());
        var post = FunctionInvoker.Request(_services.Provider, "POST", """[{"kind":"workPermit","jurisdiction":"SX","sourceSystem":"P"}]""");

        var (status, json) = await FunctionInvoker.ExecuteAsync(post, await functions.PostScreenings(post, CancellationToken.None));

        Assert.Equal(400, status);
        var paths = json!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("records[0].applicationId", paths);
        Assert.Contains("records[0].employer", paths);
    }

    [Fact]
    public async Task GetHealth_OnAzurite_Returns200()
    {
        var functions = new HealthFunctions(_services.Get<HealthApi>());
        var get = FunctionInvoker.Request(_services.Provider, "GET");

        var (status, json) = await FunctionInvoker.ExecuteAsync(get, await functions.GetHealth(get, CancellationToken.None));

        Assert.Equal(200, status);
        Assert.Equal("healthy", json!["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Equal("healthy", json["checks"]!["hitQueue"]!["status"]!.GetValue<string>());
    }
}
