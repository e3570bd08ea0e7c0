using BorderScreening.Adapters.Blobs;
using BorderScreening.Adapters.Queues;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Http.Catalogues;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Hosting.Composition;

/// <summary>Registers fanned-out replays of stored history: the job store, the slice queue and the service both hosts run.</summary>
public static class ReplayFanoutServiceCollectionExtensions
{
    /// <summary>Adds fanned-out replays (called by <c>AddScreening</c>).</summary>
    public static IServiceCollection AddReplayFanout(this IServiceCollection services)
    {
        services.AddOptions<ReplayFanoutOptions>().BindConfiguration(ReplayFanoutOptions.SectionName)
            .Validate(o => o.IsValid, "ReplayFanout: PartsPerSlice in [1, 10000], Parallelism in [1, 64], VisibilitySeconds in [30, 604800], LocalWorkers in [1, 16].")
            .ValidateOnStart();
        services.AddSingleton<IReplayJobStore, BlobReplayJobStore>();
        services.AddSingleton<IReplaySliceQueue, StorageQueueReplaySliceQueue>();
        services.AddSingleton<FanoutReplayService>();
        services.AddSingleton<ReplayJobApi>();
        return services;
    }
}
