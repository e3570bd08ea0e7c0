using BorderScreening.Hosting.Jobs;
using BorderScreening.Model.Serving.Gating;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.LocalHost.Tests.Jobs;

/// <summary>The daily retention job as both hosts run it, through the job table, on a running local host's storage.</summary>
public sealed class ApplyRetentionJobTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ApplyRetention_AlsoDeletesFrozenEvaluationSetsPastTheirRetention()
    {
        var sets = _host.Get<EvaluationSetStore>();
        var now = _host.Get<TimeProvider>().GetUtcNow();
        var row = new EvaluationRow("CW", DateOnly.FromDateTime(now.UtcDateTime), [1f], 0.2, false, 1, false, "group", "U");
        var old = FrozenEvaluationSet.Freeze("stored-labels", "old", "schema", [row], now.AddDays(-401));
        var young = FrozenEvaluationSet.Freeze("stored-labels", "young", "schema", [row with { Label = true }], now.AddDays(-10));
        await sets.SaveAsCurrentAsync(old, null, CancellationToken.None);
        var (_, pointer) = await sets.GetCurrentAsync(CancellationToken.None);
        await sets.SaveAsCurrentAsync(young, pointer, CancellationToken.None);

        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            await JobTable.RunAsync(JobTable.ApplyRetention, scope.ServiceProvider, CancellationToken.None);
        }

        var left = (await sets.ListAsync(CancellationToken.None)).Select(s => s.Id).ToList();
        Assert.DoesNotContain(old.Id, left);
        Assert.Contains(young.Id, left);
        Assert.Equal(young.Id, await sets.CurrentIdAsync(CancellationToken.None));
    }
}
