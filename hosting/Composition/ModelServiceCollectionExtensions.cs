using Azure.Data.Tables;
using Azure.Storage.Blobs;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Serving;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Scoring;
using BorderScreening.Hosting.Jobs;
using BorderScreening.Http.Models;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Gating;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Serving.Monitoring;
using BorderScreening.Model.Serving.Registry;
using BorderScreening.Model.Synthetic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BorderScreening.Hosting.Composition;

/// <summary>Puts the ML.NET model in service in place of the rules-only stand-in, and the model registry behind it.</summary>
public static class ModelServiceCollectionExtensions
{
    /// <summary>
    /// Serves the shipped model through a swappable holder until <see cref="RegistryModelSync"/> loads
    /// the registry's active (and shadow) model; a promoted model replaces it without a restart
    /// (in-flight predictions finish on the old one).
    /// </summary>
    public static IServiceCollection AddScreeningModel(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new SwappableRiskModel(MlNetRiskModel.LoadShipped()));
        services.Replace(ServiceDescriptor.Singleton<IRiskModel>(sp => sp.GetRequiredService<SwappableRiskModel>()));
        services.TryAddSingleton(sp =>
        {
            // Same names as infra-bicep/modules/storage.bicep ("models" table and container), with the test prefix.
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new ModelRegistry(
                sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(storage.LowerCasePrefix + "models"),
                sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.TablePrefix + "models"),
                sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<RegistryModelSync>();

        // The server's own evaluation (issue 20, point 4): frozen sets in the registry's container.
        services.AddOptions<ModelGateOptions>().BindConfiguration(ModelGateOptions.SectionName)
            .Validate(o => o.MinimumPositives > 0 && o.SyntheticCount > 0 && o.MaxRowsPerJurisdiction > 0 && o.SetRetentionDays > 0 && o.CardFlagTolerance >= 0 && o.CardRefuseTolerance >= o.CardFlagTolerance,
                "ModelGates needs positive MinimumPositives, SyntheticCount, MaxRowsPerJurisdiction and SetRetentionDays, and CardRefuseTolerance ≥ CardFlagTolerance ≥ 0.")
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new EvaluationSetStore(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(storage.LowerCasePrefix + "models"));
        });
        services.TryAddSingleton<ISyntheticHoldoutSource, SyntheticHoldoutSource>();
        services.TryAddSingleton<EvaluationSetBuilder>();
        services.TryAddSingleton<EvaluationSetRetention>();
        services.TryAddSingleton<ServerEvaluationService>();
        services.TryAddSingleton<EvaluationSetApi>();
        services.AddSingleton<IServedVersionSource>(sp => sp.GetRequiredService<RegistryModelSync>());
        services.TryAddSingleton<ModelRegistryApi>();
        services.Replace(ServiceDescriptor.Singleton<IFeatureSnapshot, ModelFeatureSnapshot>());
        services.TryAddSingleton<LabelExportService>();
        services.TryAddSingleton<LabelExportApi>();
        services.Replace(ServiceDescriptor.Singleton<IBacktestSampleSource, SyntheticBacktestSample>());
        return services;
    }

    /// <summary>
    /// Bootstraps and loads the registry's models before the host takes work; the one model start-up of
    /// both hosts. Register it after anything that creates storage, since hosted services start in order.
    /// </summary>
    public static IServiceCollection AddModelServingStartup(this IServiceCollection services)
    {
        services.AddHostedService<ModelServingStartup>();
        return services;
    }
}
