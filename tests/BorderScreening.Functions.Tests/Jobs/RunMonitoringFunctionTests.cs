using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;
using BorderScreening.Functions.Jobs;
using BorderScreening.Functions.Oversight;
using BorderScreening.Http.Oversight;
using BorderScreening.TestSupport;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Tests.Jobs;

public sealed class RunMonitoringFunctionTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task RunMonitoring_NextDay_StoresYesterdaysReportThatTheHttpFunctionReturns()
    {
        var minor = Records.Traveller("monitor-fn-1") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false };
        await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(0, minor), CancellationToken.None);
        await _services.Get<ScreeningService>().ScreenOneAsync(ParsedRecord.Valid(1, Records.Traveller("monitor-fn-2")), CancellationToken.None);
        _services.Time.Advance(TimeSpan.FromDays(1));

        await new JobFunctions(_services.Provider).RunMonitoring(new TimerInfo(), CancellationToken.None);
        var functions = new MonitoringFunctions(_services.Get<MonitoringApi>());
        var request = FunctionInvoker.Request(_services.Provider, "GET");
        var (status, body) = await FunctionInvoker.ExecuteAsync(request, await functions.GetMonitoringReport(request, "CW", "2026-11-28", CancellationToken.None));
        var badRequest = FunctionInvoker.Request(_services.Provider, "GET");
        var (badStatus, _) = await FunctionInvoker.ExecuteAsync(badRequest, await functions.GetMonitoringReport(badRequest, "CW", "yesterday", CancellationToken.None));

        Assert.Equal(200, status);
        Assert.Equal(2, body!["records"]!.GetValue<int>());
        Assert.Equal(1, body["hits"]!.GetValue<int>());
        Assert.Contains(body["indicators"]!.AsArray(), i => i!["id"]!.GetValue<string>() == "TRV-MINOR-UNACCOMPANIED");
        Assert.Equal(400, badStatus);
    }
}
