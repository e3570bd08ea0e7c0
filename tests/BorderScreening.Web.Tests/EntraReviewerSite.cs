using BorderScreening.Application.Cases;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;
using BorderScreening.Hosting.Jobs;
using BorderScreening.Http.Security;
using BorderScreening.LocalHost;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BorderScreening.Web.Tests;

/// <summary>
/// The local host with Entra sign-in, pointed at a stand-in OpenID provider on loopback: the API in
/// Auth mode "Entra" (keys, issuer and audience from the provider's metadata, as in Azure) and the
/// page's config.json in mode "entra" with the provider as its MSAL authority.
/// </summary>
public sealed class EntraReviewerSite : IAsyncLifetime
{
    /// <summary>The page's (SPA) client id at the stand-in.</summary>
    public const string ClientId = "11111111-2222-3333-4444-555555555555";

    /// <summary>The API's audience (application id URI).</summary>
    public const string Audience = "api://border-screening-test";

    /// <summary>The delegated scope the page asks for.</summary>
    public const string ApiScope = Audience + "/Review.Access";

    private StandInOpenIdProvider? _provider;
    private LocalHostServer? _host;

    public StandInOpenIdProvider Provider => _provider ?? throw new InvalidOperationException("The provider is not started.");

    public LocalHostServer Host => _host ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>The page's address (also its registered redirect URI).</summary>
    public string Url => Host.BaseAddress.ToString();

    public async Task InitializeAsync()
    {
        // Access tokens live 200 s, under MSAL's five-minute renewal offset: every API call renews silently.
        _provider = await StandInOpenIdProvider.StartAsync(ClientId, Audience, ApiScope,
            new StandInUser("reviewer-entra-cw", ["Review.CW"]), TimeSpan.FromSeconds(200));
        var authority = _provider.Authority.AbsoluteUri;
        _host = await LocalHostServer.StartAsync(
            new Dictionary<string, string?>
            {
                [$"{JobLoopOptions.SectionName}:{JobTable.DrainHitQueues}:Interval"] = "00:00:00.250",
                ["Auth:Mode"] = AuthOptions.EntraMode,
                ["Auth:TenantId"] = StandInOpenIdProvider.Tenant,
                ["Auth:Audience"] = Audience,
                ["Auth:Instance"] = _provider.Instance.AbsoluteUri,
                // Feed principals are named in Entra mode (no "*").
                ["Feeds:Bindings:test-feeds:Principals:0"] = "test-feed",
                ["SignIn:Mode"] = "Entra",
                ["SignIn:Authority"] = authority,
                ["SignIn:ClientId"] = ClientId,
                ["SignIn:ApiScope"] = ApiScope,
                ["SignIn:ProtocolMode"] = "OIDC",
                ["SignIn:KnownAuthorities:0"] = _provider.Instance.Authority,
            },
            services => services.AddSingleton(sp => new TokenValidator(
                sp.GetRequiredService<IOptions<AuthOptions>>().Value, sp.GetRequiredService<TimeProvider>(), _provider.CreateBackchannel())));
        _provider.AllowRedirectUri(Url);
    }

    /// <summary>Hits in <paramref name="jurisdiction"/>, fed with a feed token from the stand-in (the host accepts no local tokens).</summary>
    public Task<IReadOnlyList<string>> CreateHitsAsync(Jurisdiction jurisdiction, int count)
    {
        var feed = Host.CreateClientWithToken(Provider.IssueAccessToken(new StandInUser("test-feed", ["Feed.Submit"], ["AW", "CW", "SX", "BQ"])));
        return ReviewerSite.CreateHitsAsync(Host, feed, jurisdiction, count);
    }

    /// <summary>The stored worklist state of one case.</summary>
    public async Task<WorklistItem> CaseAsync(Jurisdiction jurisdiction, string caseId) =>
        await Host.Get<IWorklistStore>().GetAsync(jurisdiction, caseId, CancellationToken.None)
        ?? throw new InvalidOperationException($"Case {caseId} is not in the worklist.");

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
