using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Security;
using BorderScreening.Application.Storage;
using BorderScreening.Hosting.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.TestSupport;

/// <summary>
/// The real object graph (AddScreening) on the shared Azurite, with unique names, a temporary key
/// file and a fake clock: what the Functions app and the local host run, minus the HTTP server.
/// </summary>
public sealed class ScreeningServices : IAsyncDisposable
{
    private readonly string _keyFolder;

    private ScreeningServices(ServiceProvider provider, FakeTimeProvider time, string keyFolder, string prefix)
    {
        Provider = provider;
        Time = time;
        _keyFolder = keyFolder;
        Prefix = prefix;
    }

    /// <summary>The container.</summary>
    public ServiceProvider Provider { get; }

    /// <summary>The clock every service uses.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>Name prefix of this instance's tables and queues.</summary>
    public string Prefix { get; }

    /// <summary>Resolves a service.</summary>
    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    /// <summary>Builds the graph and creates the tables.</summary>
    public static async Task<ScreeningServices> CreateAsync(
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null,
        DateTimeOffset? now = null)
    {
        var azurite = await SharedAzurite.GetAsync();
        var prefix = SharedAzurite.UniquePrefix();
        var keyFolder = Path.Combine(Path.GetTempPath(), "screening-tests", prefix);
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix,
            ["Privacy:KeyFolder"] = Path.Combine(keyFolder, "pseudonymisation-keys"),
            // The fixed test caller is a feed for every jurisdiction and source system.
            ["Feeds:Bindings:test-services:Principals:0"] = "test-services",
            ["Feeds:Bindings:test-services:SourceSystems:0"] = "*",
            ["Feeds:Bindings:test-services:Jurisdictions:0"] = "AW",
            ["Feeds:Bindings:test-services:Jurisdictions:1"] = "CW",
            ["Feeds:Bindings:test-services:Jurisdictions:2"] = "SX",
            ["Feeds:Bindings:test-services:Jurisdictions:3"] = "BQ",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddScreening(configuration);
        // No HTTP pipeline here: the API classes act for a caller holding every role.
        services.AddSingleton<ICallerAccessor>(new FixedCallerAccessor(new Caller("test-services", AppRoles.All)));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageTables>().EnsureCreatedAsync(CancellationToken.None);
        return new ScreeningServices(provider, time, keyFolder, prefix);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        if (Directory.Exists(_keyFolder))
        {
            Directory.Delete(_keyFolder, recursive: true);
        }
    }
}
