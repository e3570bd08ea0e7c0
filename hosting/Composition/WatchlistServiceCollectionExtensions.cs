using BorderScreening.Adapters.Blobs;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Indicators;
using BorderScreening.Http.Watchlists;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderScreening.Hosting.Composition;

/// <summary>Registers the watchlists: store, cache, management service and the evaluator that feeds matches to the catalogue.</summary>
public static class WatchlistServiceCollectionExtensions
{
    /// <summary>
    /// Adds the watchlists. Called by <c>AddScreening</c> before it registers the plain catalogue
    /// evaluator, so screening evaluates the catalogue with the record's list matches in its context.
    /// </summary>
    public static IServiceCollection AddWatchlists(this IServiceCollection services)
    {
        services.AddOptions<WatchlistOptions>().BindConfiguration(WatchlistOptions.SectionName)
            .Validate(o => o.IsValid, "Watchlists: RefreshSeconds and ChangeOverlapSeconds must lie in [1, 3600], SnapshotSeconds, ChangeLogKeepHours and MaxImportLines be positive.")
            .ValidateOnStart();
        services.AddSingleton<IWatchlistStore, TableWatchlistStore>();
        services.AddSingleton<IWatchlistSnapshotStore, BlobWatchlistSnapshotStore>();
        services.AddSingleton<WatchlistCache>();
        services.AddSingleton<WatchlistEntryFactory>();
        services.AddSingleton<WatchlistService>();
        services.AddSingleton<WatchlistApi>();
        services.TryAddSingleton<IIndicatorEvaluator>(sp => new WatchlistEvaluator(
            new CatalogueIndicatorEvaluator(sp.GetRequiredService<IndicatorCatalogueHolder>()), sp.GetRequiredService<WatchlistCache>()));
        return services;
    }
}
