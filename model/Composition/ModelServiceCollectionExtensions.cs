using Azure.Data.Tables;
using Azure.Storage.Blobs;
using BorderScreening.Core.Scoring;
using BorderScreening.Core.Storage;
using BorderScreening.Model.Registry;
using BorderScreening.Model.Serving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BorderScreening.Model.Composition;

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
        services.AddSingleton<Core.Serving.IServedVersionSource>(sp => sp.GetRequiredService<RegistryModelSync>());
        services.TryAddSingleton<ModelRegistryApi>();
        services.Replace(ServiceDescriptor.Singleton<Core.Oversight.Monitoring.IFeatureSnapshot, Monitoring.ModelFeatureSnapshot>());
        services.TryAddSingleton<Labels.LabelExportService>();
        services.TryAddSingleton<Labels.LabelExportApi>();
        services.Replace(ServiceDescriptor.Singleton<Core.Indicators.Governance.IBacktestSampleSource, Synthetic.SyntheticBacktestSample>());
        return services;
    }
}
