using BorderScreening.Core.Scoring;
using BorderScreening.Model.Serving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderScreening.Model.Composition;

/// <summary>Puts the ML.NET model in service in place of the rules-only stand-in.</summary>
public static class ModelServiceCollectionExtensions
{
    /// <summary>
    /// Serves the shipped model through a swappable holder, so a promoted model replaces it without a
    /// restart (in-flight predictions finish on the old one).
    /// </summary>
    public static IServiceCollection AddScreeningModel(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new SwappableRiskModel(MlNetRiskModel.LoadShipped()));
        services.Replace(ServiceDescriptor.Singleton<IRiskModel>(sp => sp.GetRequiredService<SwappableRiskModel>()));
        services.TryAddSingleton<Labels.LabelExportService>();
        services.TryAddSingleton<Labels.LabelExportApi>();
        services.Replace(ServiceDescriptor.Singleton<Core.Indicators.Governance.IBacktestSampleSource, Synthetic.SyntheticBacktestSample>());
        return services;
    }
}
