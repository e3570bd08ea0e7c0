using BorderScreening.Hosting.Jobs;

namespace BorderScreening.LocalHost;

/// <summary>Registers one <see cref="JobLoop"/> per <see cref="JobTable"/> entry.</summary>
internal static class JobLoopServiceCollectionExtensions
{
    /// <summary>Adds the loops and their per-job options, validated at start so a bad interval fails fast.</summary>
    public static IServiceCollection AddJobLoops(this IServiceCollection services)
    {
        foreach (var job in JobTable.Jobs)
        {
            services.AddOptions<JobLoopOptions>(job.Name)
                .BindConfiguration($"{JobLoopOptions.SectionName}:{job.Name}")
                .Validate(o => o.Interval is null || o.Interval > TimeSpan.Zero, $"{JobLoopOptions.SectionName}:{job.Name}:Interval must be positive.")
                .ValidateOnStart();
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<JobLoop>(sp, job));
        }

        return services;
    }
}
