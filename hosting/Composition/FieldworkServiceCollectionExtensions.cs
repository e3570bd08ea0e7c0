using BorderScreening.Application.CheckPlanning;
using BorderScreening.Application.Observations;
using BorderScreening.Http.Fieldwork;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Hosting.Composition;

/// <summary>
/// Registrations of the field work (issue 21): officers' observations and check planning. Kept apart
/// from <see cref="ScreeningServiceCollectionExtensions"/> so the two grow without touching each other.
/// </summary>
public static class FieldworkServiceCollectionExtensions
{
    /// <summary>Registers the observation and check-planning services and their API.</summary>
    public static IServiceCollection AddFieldwork(this IServiceCollection services)
    {
        services.AddSingleton<ObservationService>();
        services.AddSingleton<CheckPlanningService>();
        services.AddSingleton<FieldworkApi>();
        return services;
    }
}
