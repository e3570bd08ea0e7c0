using BorderScreening.Application.Review.Agreement;
using BorderScreening.Http.Supervision;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Hosting.Composition;

/// <summary>
/// Registrations of the operations work (issue 21): bias-aware review reports, supervision settings.
/// Kept apart from <see cref="ScreeningServiceCollectionExtensions"/> so the two grow without
/// touching each other.
/// </summary>
public static class OperationsServiceCollectionExtensions
{
    /// <summary>Registers the supervisors' services and API.</summary>
    public static IServiceCollection AddReviewOperations(this IServiceCollection services)
    {
        services.AddSingleton<AgreementService>();
        services.AddSingleton<SupervisionApi>();
        return services;
    }
}
