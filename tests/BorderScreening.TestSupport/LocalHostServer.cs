using BorderScreening.Cli.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.TestSupport;

/// <summary>The local host on a free loopback port over the shared Azurite, with unique names.</summary>
public sealed class LocalHostServer : IAsyncDisposable
{
    private readonly string _keyFolder;

    private LocalHostServer(WebApplication app, HttpClient client, string prefix, string keyFolder)
    {
        App = app;
        Client = client;
        Prefix = prefix;
        _keyFolder = keyFolder;
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>A client pointed at it.</summary>
    public HttpClient Client { get; }

    /// <summary>Name prefix of its tables and queues.</summary>
    public string Prefix { get; }

    /// <summary>Resolves a service of the running host.</summary>
    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts a host; <paramref name="settings"/> override configuration.</summary>
    public static async Task<LocalHostServer> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var azurite = await SharedAzurite.GetAsync();
        var prefix = SharedAzurite.UniquePrefix();
        var keyFolder = Path.Combine(Path.GetTempPath(), "screening-tests", prefix);
        var values = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix,
            ["Privacy:KeyFile"] = Path.Combine(keyFolder, "key"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var app = LocalHostFactory.Create([], values, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        return new LocalHostServer(app, client, prefix, keyFolder);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (Directory.Exists(_keyFolder))
        {
            Directory.Delete(_keyFolder, recursive: true);
        }
    }
}
