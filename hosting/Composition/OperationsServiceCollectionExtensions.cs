using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Capacity;
using BorderScreening.Application.Delegations;
using BorderScreening.Application.Review.Agreement;
using BorderScreening.Application.Security;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Thresholds;
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
        services.AddOptions<SignalPartnerOptions>().BindConfiguration(SignalPartnerOptions.SectionName)
            .Validate(o => o.IsValid, "Signals:Partners: every key a jurisdiction code; every partner an id (a-z, 0-9, '-'), a name and a kind, ids unique per jurisdiction, and a partner of each referral kind.")
            .ValidateOnStart();
        services.AddSingleton<SignalPartners>();
        services.AddSingleton<IDelegationStore, TableDelegationStore>();
        services.AddSingleton<DelegatedReviewAccess>();
        services.AddSingleton<IDelegatedReviewAccess>(sp => sp.GetRequiredService<DelegatedReviewAccess>());
        services.AddSingleton<DelegationService>();
        services.AddSingleton<ICapacityStore, TableCapacityStore>();
        services.AddSingleton<CapacityService>();
        services.AddSingleton<IDailyCapacity>(sp => sp.GetRequiredService<CapacityService>());
        services.AddSingleton<SupervisionApi>();
        return services;
    }
}
