using BorderScreening.Hosting.Jobs;
using BorderScreening.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.LocalHost.Tests.Jobs;

/// <summary>The local host's one loop type: schedule, failure handling and the disable switch.</summary>
public sealed class JobLoopTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();
    private int _runs;

    public void Dispose() => _services.Dispose();

    private JobLoop Loop(LocalSchedule schedule, Func<int, Task> run, JobLoopOptions? options = null)
    {
        var job = new JobDefinition("TestJob", Timer: null, schedule, (_, _, _) => run(Interlocked.Increment(ref _runs)));
        var monitor = new StaticOptionsMonitor(options ?? new JobLoopOptions());
        return new JobLoop(job, monitor, _services.GetRequiredService<IServiceScopeFactory>(), _time, NullLogger<JobLoop>.Instance);
    }

    private async Task WaitForRunsAsync(int count)
    {
        for (var i = 0; i < 500 && Volatile.Read(ref _runs) < count; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, Volatile.Read(ref _runs));
    }

    [Fact]
    public async Task ExecuteAsync_RunAtStart_RunsAtOnceThenEveryInterval()
    {
        using var loop = Loop(new(TimeSpan.FromMinutes(1), RunAtStart: true), _ => Task.CompletedTask);

        await loop.StartAsync(CancellationToken.None);
        await WaitForRunsAsync(1);
        _time.Advance(TimeSpan.FromMinutes(1));
        await WaitForRunsAsync(2);
        await loop.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_WithoutRunAtStart_WaitsForTheFirstInterval()
    {
        using var loop = Loop(new(TimeSpan.FromMinutes(1)), _ => Task.CompletedTask);

        await loop.StartAsync(CancellationToken.None);
        await Task.Delay(200);
        Assert.Equal(0, Volatile.Read(ref _runs));
        // The loop creates its timer on a background thread: advance until it has ticked once.
        for (var i = 0; i < 500 && Volatile.Read(ref _runs) == 0; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(10);
        }

        await loop.StopAsync(CancellationToken.None);
        // At least one: under load a second advance can land before the first tick's run is counted.
        Assert.True(Volatile.Read(ref _runs) >= 1);
    }

    [Fact]
    public async Task ExecuteAsync_FailedRun_KeepsLooping()
    {
        using var loop = Loop(new(TimeSpan.FromSeconds(5), RunAtStart: true), run => run == 1
            ? throw new TaskCanceledException("A timed-out call, not our shutdown.")
            : Task.CompletedTask);

        await loop.StartAsync(CancellationToken.None);
        await WaitForRunsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(5));
        await WaitForRunsAsync(2);
        await loop.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_Disabled_NeverRuns()
    {
        using var loop = Loop(new(TimeSpan.FromSeconds(5), RunAtStart: true), _ => Task.CompletedTask, new JobLoopOptions { Enabled = false });

        await loop.StartAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(100);
        await loop.StopAsync(CancellationToken.None);

        Assert.Equal(0, Volatile.Read(ref _runs));
    }

    private sealed class StaticOptionsMonitor(JobLoopOptions value) : IOptionsMonitor<JobLoopOptions>
    {
        public JobLoopOptions CurrentValue => value;

        public JobLoopOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<JobLoopOptions, string?> listener) => null;
    }
}
