using BorderScreening.Adapters.Tables;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.RandomChecks;
using BorderScreening.Domain.Sampling;
using BorderScreening.Http.Outcomes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderScreening.Hosting.Composition;

/// <summary>
/// Registrations of the data scientists' loop (issue 20): the random review sample, partner outcomes
/// and the labels training reads. Kept apart so the screening registrations do not grow further.
/// </summary>
public static class LearningServiceCollectionExtensions
{
    /// <summary>Registers the random review sample and the learning services.</summary>
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddOptions<RandomCheckOptions>().BindConfiguration(RandomCheckOptions.SectionName)
            .Validate(o => o.IsValid, "RandomChecks: every Share 0 to 0.05, MaxShareOfCapacity 0 to 1, DeadlineHours positive.")
            .ValidateOnStart();
        services.AddSingleton<IRandomCheckCounter, TableRandomCheckCounter>();
        services.TryAddSingleton<IBlockPosition, RandomBlockPosition>();
        services.AddSingleton<RandomCheckSampler>();
        AddPartnerOutcomes(services);
        return services;
    }

    // Partners record what became of a referral; the outcomes become labels and statistics.
    private static void AddPartnerOutcomes(IServiceCollection services)
    {
        services.AddOptions<PartnerOutcomeOptions>().BindConfiguration(PartnerOutcomeOptions.SectionName)
            .Validate(o => o.IsValid, "Outcomes:Recorders: each needs a Partner id, Jurisdictions (codes or BQ) and Principals, with no wildcard.")
            .ValidateOnStart();
        services.AddSingleton<IPartnerOutcomeStore, TablePartnerOutcomeStore>();
        services.AddSingleton<OutcomePartners>();
        services.AddSingleton<PartnerOutcomeService>();
        services.AddSingleton<PartnerOutcomeApi>();
    }
}
