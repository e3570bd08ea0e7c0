using System.Net.Http.Headers;
using BorderScreening.Application.Security;
using BorderScreening.Http.Security;
using BorderScreening.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BorderScreening.TestSupport;

/// <summary>The local host on a free loopback port over the shared Azurite, with unique names.</summary>
public sealed class LocalHostServer : IAsyncDisposable
{
    private readonly string _keyFolder;
    private readonly List<HttpClient> _clients = [];

    private LocalHostServer(WebApplication app, string prefix, string keyFolder, IReadOnlyCollection<string> roles)
    {
        App = app;
        Prefix = prefix;
        _keyFolder = keyFolder;
        var options = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        Tokens = new LocalTokenIssuer(options, app.Services.GetRequiredService<TimeProvider>());
        Client = CreateClient("test-client", roles);
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>A client pointed at it, with a token holding the roles given at start (by default every role).</summary>
    public HttpClient Client { get; }

    /// <summary>Signs tokens the host accepts (its local key file, issuer and audience).</summary>
    public LocalTokenIssuer Tokens { get; }

    /// <summary>A client whose token holds <paramref name="roles"/> (none: a token without roles).</summary>
    public HttpClient CreateClient(params string[] roles) => CreateClient("test-" + string.Join('-', roles).ToLowerInvariant(), roles);

    /// <summary>A client for <paramref name="subject"/> with <paramref name="roles"/> and, optionally, a <c>jurisdictions</c> claim (scopes supervisors, auditors, trainers).</summary>
    public HttpClient CreateClient(string subject, IEnumerable<string> roles, IEnumerable<string>? jurisdictions = null) =>
        CreateClientWithToken(Tokens.Issue(subject, roles, TimeSpan.FromHours(1), jurisdictions));

    /// <summary>
    /// A feed client (<c>Feed.Submit</c>) for <paramref name="subject"/> whose token names
    /// <paramref name="jurisdictions"/> (every jurisdiction when none are given): feeds are scoped.
    /// </summary>
    public HttpClient CreateFeedClient(string subject = "test-feed", params string[] jurisdictions) =>
        CreateClient(subject, [AppRoles.FeedSubmit], jurisdictions.Length == 0 ? ["AW", "CW", "SX", "BQ"] : jurisdictions);

    /// <summary>A client sending <paramref name="token"/> as bearer token, or no Authorization header when null.</summary>
    public HttpClient CreateClientWithToken(string? token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }

    /// <summary>The host's address.</summary>
    public Uri BaseAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Name prefix of its tables and queues.</summary>
    public string Prefix { get; }

    /// <summary>Resolves a service of the running host.</summary>
    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>
    /// Starts a host; <paramref name="settings"/> override configuration; <see cref="Client"/> carries a
    /// local token with <paramref name="roles"/> (every role when null).
    /// </summary>
    public static async Task<LocalHostServer> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        IReadOnlyCollection<string>? roles = null)
    {
        var azurite = await SharedAzurite.GetAsync();
        var prefix = SharedAzurite.UniquePrefix();
        var keyFolder = Path.Combine(Path.GetTempPath(), "screening-tests", prefix);
        var values = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:NamePrefix"] = prefix,
            ["Privacy:KeyFolder"] = Path.Combine(keyFolder, "pseudonymisation-keys"),
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests read telemetry through in-memory exporters; the console exporter would only add noise.
            ["Telemetry:ConsoleMetrics"] = "false",
            ["Auth:Mode"] = AuthOptions.LocalKeyMode,
            // Every test caller may feed every jurisdiction unless its token's scope says otherwise;
            // tests of narrower bindings configure their own.
            ["Feeds:Bindings:test-feeds:Principals:0"] = "*",
            ["Feeds:Bindings:test-feeds:SourceSystems:0"] = "*",
            ["Feeds:Bindings:test-feeds:Jurisdictions:0"] = "AW",
            ["Feeds:Bindings:test-feeds:Jurisdictions:1"] = "CW",
            ["Feeds:Bindings:test-feeds:Jurisdictions:2"] = "SX",
            ["Feeds:Bindings:test-feeds:Jurisdictions:3"] = "BQ",
            ["Auth:LocalKeyFile"] = Path.Combine(keyFolder, "token-signing.key"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var app = LocalHostFactory.Create([], values, configure);
        await app.StartAsync();
        return new LocalHostServer(app, prefix, keyFolder, roles ?? AppRoles.All);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await App.StopAsync();
        await App.DisposeAsync();
        if (Directory.Exists(_keyFolder))
        {
            Directory.Delete(_keyFolder, recursive: true);
        }
    }
}
