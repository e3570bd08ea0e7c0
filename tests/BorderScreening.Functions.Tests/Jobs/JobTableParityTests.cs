using System.Reflection;
using BorderScreening.Functions.Jobs;
using BorderScreening.Hosting.Jobs;
using BorderScreening.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderScreening.Functions.Tests.Jobs;

/// <summary>The job table is the one declaration of background work: both hosts must follow it exactly.</summary>
public class JobTableParityTests
{
    /// <summary>Every timer function of the Functions app as "name | schedule | runOnStartup", with its method.</summary>
    private static Dictionary<string, MethodInfo> TimerFunctions(out SortedSet<string> declared)
    {
        declared = new SortedSet<string>(StringComparer.Ordinal);
        var methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var method in typeof(JobFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            var function = method.GetCustomAttribute<FunctionAttribute>();
            var timer = method.GetParameters().Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).OfType<TimerTriggerAttribute>().SingleOrDefault();
            if (function is null || timer is null)
            {
                continue;
            }

            declared.Add($"{function.Name} | {timer.Schedule} | {timer.RunOnStartup}");
            methods.Add(function.Name, method);
        }

        return methods;
    }

    private static WebApplication CreateLocalHost(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Privacy:KeyFolder"] = Path.Combine(Path.GetTempPath(), "job-parity", "pseudonymisation-keys"),
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        return LocalHostFactory.Create([], values);
    }

    [Fact]
    public void JobTable_Names_AreUnique()
    {
        var names = JobTable.Jobs.Select(j => j.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TimerFunctions_CorrespondOneToOneWithTimedJobs()
    {
        TimerFunctions(out var declared);
        var expected = new SortedSet<string>(
            JobTable.Jobs.Where(j => j.Timer is not null).Select(j => $"{j.Name} | {j.Timer!.Expression} | {j.Timer.RunOnStartup}"),
            StringComparer.Ordinal);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, declared);
    }

    [Fact]
    public async Task TimerFunctions_EachRunsItsOwnJob()
    {
        var methods = TimerFunctions(out _);

        foreach (var job in JobTable.Jobs.Where(j => j.Timer is not null))
        {
            // The first application service a run asks for identifies the job it runs.
            var viaFunction = new RecordingProvider();
            var function = new JobFunctions(viaFunction);
            await Assert.ThrowsAsync<InvalidOperationException>(() => (Task)methods[job.Name].Invoke(function, BindingFlags.DoNotWrapExceptions, binder: null, [new TimerInfo(), CancellationToken.None], culture: null)!);
            var viaTable = new RecordingProvider();
            await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunAsync(viaTable, CancellationToken.None));

            Assert.NotNull(viaTable.Requested);
            Assert.Equal(viaTable.Requested, viaFunction.Requested);
        }
    }

    [Fact]
    public async Task LocalHost_RegistersOneLoopPerJob()
    {
        await using var host = CreateLocalHost();

        var loops = host.Services.GetServices<IHostedService>().OfType<JobLoop>().Select(l => l.Job.Name).ToList();

        Assert.Equal(JobTable.Jobs.Select(j => j.Name), loops);
    }

    [Fact]
    public async Task LocalHost_IntervalSetting_OverridesTheTablesInterval()
    {
        await using var host = CreateLocalHost(new() { [$"Jobs:{JobTable.DrainHitQueues}:Interval"] = "00:00:00.250" });

        var loops = host.Services.GetServices<IHostedService>().OfType<JobLoop>().ToDictionary(l => l.Job.Name, l => l.Interval);

        Assert.Equal(TimeSpan.FromMilliseconds(250), loops[JobTable.DrainHitQueues]);
        Assert.Equal(JobTable.Get(JobTable.RelayOutbox).Local.Interval, loops[JobTable.RelayOutbox]);
    }

    /// <summary>Gives a logger factory, records the first other service asked for and stops the run there.</summary>
    private sealed class RecordingProvider : IServiceProvider
    {
        public Type? Requested { get; private set; }

        public object? GetService(Type serviceType)
        {
            if (serviceType == typeof(ILoggerFactory))
            {
                return NullLoggerFactory.Instance;
            }

            Requested ??= serviceType;
            throw new InvalidOperationException("Stopped after the first service.");
        }
    }
}
