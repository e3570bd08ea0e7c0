using BorderScreening.Hosting.Composition;
using BorderScreening.LocalHost;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// The application services over storage for commands that work on it directly: the local host's
/// Azurite (ports from Azurite__* settings) unless Storage__ConnectionString says otherwise.
/// </summary>
internal static class StorageServices
{
    /// <summary>Builds the services (the caller disposes them).</summary>
    public static ServiceProvider Build()
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var azurite = environment.GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = AzuriteProcess.ConnectionStringFor(azurite.BlobPort, azurite.QueuePort, azurite.TablePort),
                ["Auth:Mode"] = "LocalKey",
                ["Auth:LocalKeyFile"] = TokenCommand.DefaultKeyFile(),
            })
            .AddInMemoryCollection(LocalKeySettings.For(Path.Combine(RepositoryRoot.Find(), ".data"), environment))
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddScreening(configuration).AddScreeningModel();
        return services.BuildServiceProvider();
    }
}
