using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderScreening.TestSupport;

/// <summary>
/// A stand-in for Entra ID in browser tests: an OpenID provider on a free loopback port (https with a
/// self-signed certificate made for the run, since MSAL refuses an http authority) with the
/// endpoints the page's MSAL and the API's token validator use, laid out like Entra's:
/// <c>/{tenant}/v2.0/.well-known/openid-configuration</c>, <c>/{tenant}/oauth2/v2.0/authorize</c>
/// (signs in <see cref="User"/> without asking and redirects back with a code), <c>/token</c>
/// (checks the PKCE verifier against the S256 challenge; also redeems refresh tokens), the JWKS and
/// the end-session endpoint. Access tokens are RS256 with the API's audience, the user's app roles,
/// the <c>jurisdictions</c> claim and <c>scp</c>.
/// </summary>
public sealed partial class StandInOpenIdProvider : IAsyncDisposable
{
    /// <summary>The tenant id in the provider's paths and issuer.</summary>
    public const string Tenant = "stand-in-tenant";

    // The real clock: the tokens go to a browser and a host that use it.
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _redirectUris = [];
    private WebApplication? _app;
    private int _codeRedemptions;
    private int _refreshRedemptions;
    private int _refusedVerifiers;
    private int _signOuts;

    private StandInOpenIdProvider(string clientId, string audience, string apiScope, StandInUser user, TimeSpan accessTokenLifetime)
    {
        ClientId = clientId;
        Audience = audience;
        ApiScope = apiScope;
        User = user;
        AccessTokenLifetime = accessTokenLifetime;
        _key = new RsaSecurityKey(_rsa) { KeyId = "stand-in-1" };
        Certificate = LoopbackCertificate(_time.GetUtcNow());
    }

    /// <summary>The page's client id the provider knows.</summary>
    public string ClientId { get; }

    /// <summary>The <c>aud</c> of its access tokens.</summary>
    public string Audience { get; }

    /// <summary>The API scope the page asks for.</summary>
    public string ApiScope { get; }

    /// <summary>The user it signs in.</summary>
    public StandInUser User { get; set; }

    /// <summary>Lifetime of its access tokens (below MSAL's five-minute renewal offset, every call renews).</summary>
    public TimeSpan AccessTokenLifetime { get; }

    /// <summary>The self-signed certificate of its https endpoint (127.0.0.1).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Its base address, https://127.0.0.1:port/ (the Entra "instance").</summary>
    public Uri Instance => new(_app!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    /// <summary>The authority the page signs in at.</summary>
    public Uri Authority => new(Instance, $"{Tenant}/v2.0");

    /// <summary>The issuer of its tokens (as Entra's v2.0 issuer: no trailing slash).</summary>
    public string Issuer => Authority.AbsoluteUri;

    /// <summary>Codes redeemed with a matching PKCE verifier.</summary>
    public int CodeRedemptions => Volatile.Read(ref _codeRedemptions);

    /// <summary>Refresh tokens redeemed (silent renewals).</summary>
    public int RefreshRedemptions => Volatile.Read(ref _refreshRedemptions);

    /// <summary>Token requests refused for a verifier that did not match the challenge.</summary>
    public int RefusedVerifiers => Volatile.Read(ref _refusedVerifiers);

    /// <summary>Calls of the end-session endpoint.</summary>
    public int SignOuts => Volatile.Read(ref _signOuts);

    /// <summary>Starts a provider for the page's <paramref name="clientId"/> and the API's <paramref name="audience"/>.</summary>
    public static async Task<StandInOpenIdProvider> StartAsync(string clientId, string audience, string apiScope, StandInUser user, TimeSpan? accessTokenLifetime = null)
    {
        var provider = new StandInOpenIdProvider(clientId, audience, apiScope, user, accessTokenLifetime ?? TimeSpan.FromHours(1));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(provider.Certificate)));
        var app = builder.Build();
        app.Use(Cors);
        provider.Map(app);
        provider._app = app;
        await app.StartAsync();
        return provider;
    }

    /// <summary>Registers a redirect URI of the page (as an app registration's SPA redirect URIs).</summary>
    public void AllowRedirectUri(string uri) => _redirectUris.Add(uri);

    /// <summary>An http client that trusts this provider's certificate only (the API's metadata client in a test).</summary>
    public HttpClient CreateBackchannel()
    {
        var thumbprint = Certificate.GetCertHashString(HashAlgorithmName.SHA256);
#pragma warning disable CA2000 // The client owns and disposes the handler.
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint,
        };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true);
    }

    /// <summary>The Auth settings of an API that accepts this provider's tokens (Entra mode).</summary>
    public AuthOptions ApiAuthOptions() => new() { Mode = AuthOptions.EntraMode, TenantId = Tenant, Audience = Audience, Instance = Instance };

    /// <summary>An access token for <paramref name="user"/> as the provider would issue it (a feed client's token in a test).</summary>
    public string IssueAccessToken(StandInUser user) => AccessToken(user, ApiScope);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Certificate.Dispose();
        _rsa.Dispose();
    }

    private static async Task Cors(HttpContext context, RequestDelegate next)
    {
        // MSAL reads the metadata and redeems codes with fetch from the page's origin.
        context.Response.Headers.AccessControlAllowOrigin = context.Request.Headers.Origin.Count > 0 ? context.Request.Headers.Origin.ToString() : "*";
        if (HttpMethods.IsOptions(context.Request.Method))
        {
            context.Response.Headers.AccessControlAllowMethods = "GET, POST";
            context.Response.Headers.AccessControlAllowHeaders = context.Request.Headers.AccessControlRequestHeaders.Count > 0
                ? context.Request.Headers.AccessControlRequestHeaders.ToString() : "*";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        await next(context);
    }

    private static X509Certificate2 LoopbackCertificate(DateTimeOffset now)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private static string Random() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static IResult OAuthError(string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: StatusCodes.Status400BadRequest);

    private static string WithParameters(string uri, string responseMode, IDictionary<string, string?> parameters) =>
        responseMode == "fragment"
            ? uri + "#" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value ?? "")}"))
            : QueryHelpers.AddQueryString(uri, parameters);

    private sealed record PendingCode(string ClientId, string RedirectUri, string Challenge, string? Nonce, string Scope, StandInUser User);
}
