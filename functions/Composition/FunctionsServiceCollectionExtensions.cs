using BorderScreening.Application.Feeds.Json;
using BorderScreening.Functions.Telemetry;
using BorderScreening.Hosting.Composition;
using BorderScreening.Http.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Functions.Composition;

/// <summary>Everything the Functions app registers, in one call from <c>Program.cs</c> (and from its tests).</summary>
public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Why the app refuses to start with local keys.</summary>
    public const string LocalKeyRefusal =
        "Auth:Mode=LocalKey is refused by the Functions app: local HS256 tokens are for the local host and tests only. Use Auth:Mode=Entra with Auth:TenantId and Auth:Audience.";

    /// <summary>
    /// The shared graph (<c>AddScreening</c>, the model, its startup sync), JSON settings, telemetry,
    /// and the Functions app's own rule that authentication is Entra only.
    /// </summary>
    public static IServiceCollection AddFunctionsApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureHttpJsonOptions(options => ScreeningJson.Configure(options.SerializerOptions));
        services.AddScreening(configuration).AddScreeningModel();
        services.AddModelServingStartup();
        services.AddFunctionsTelemetry(configuration);
        services.RefuseLocalKeyAuth();
        return services;
    }

    /// <summary>
    /// Stops the app at start when <c>Auth:Mode</c> is LocalKey. Fail closed: a Function App that
    /// was given the local mode by mistake (a copied settings file, a slot setting) would otherwise
    /// accept tokens signed with a key file on its own disk instead of Entra's.
    /// </summary>
    public static IServiceCollection RefuseLocalKeyAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().Validate(o => !o.IsLocalKey, LocalKeyRefusal).ValidateOnStart();
        return services;
    }
}
