using System.Security.Claims;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BorderScreening.Http.Security;

/// <summary>
/// Checks bearer tokens: issuer, audience, signature, lifetime (against the injected
/// <see cref="TimeProvider"/> with a small skew) and algorithm. Unsigned tokens are refused, and
/// only one algorithm is accepted per mode (RS256 for Entra, HS256 for local keys), which closes
/// the HS/RS confusion and <c>alg: none</c> attacks.
/// </summary>
public sealed class TokenValidator
{
    /// <summary>Claim with the supervisor's jurisdictions (also read as a directory extension <c>extn.jurisdictions</c>).</summary>
    public const string JurisdictionsClaim = "jurisdictions";

    private static readonly string[] JurisdictionClaimTypes = [JurisdictionsClaim, "extn." + JurisdictionsClaim];

    private readonly AuthOptions _options;
    private readonly TimeProvider _time;
    private readonly IConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly Lazy<SymmetricSecurityKey>? _localKey;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Creates a validator for the configured mode.</summary>
    /// <param name="options">Auth settings.</param>
    /// <param name="time">Clock for the lifetime check.</param>
    /// <param name="metadata">Entra OpenID metadata; by default read from the tenant's well-known document.</param>
    public TokenValidator(AuthOptions options, TimeProvider time, IConfigurationManager<OpenIdConnectConfiguration>? metadata = null)
    {
        _options = options;
        _time = time;
        if (options.IsLocalKey)
        {
            _localKey = new Lazy<SymmetricSecurityKey>(() => LocalSigningKey.LoadOrCreate(options.LocalKeyFile));
        }
        else if (options.IsEntra)
        {
            _metadata = metadata ?? new ConfigurationManager<OpenIdConnectConfiguration>(
                new Uri(options.Instance, $"{options.TenantId}/v2.0/.well-known/openid-configuration").AbsoluteUri,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = true });
        }
        else
        {
            throw new InvalidOperationException("Auth:Mode must be Entra or LocalKey.");
        }
    }

    /// <summary>DI constructor.</summary>
    public TokenValidator(IOptions<AuthOptions> options, TimeProvider time)
        : this(options.Value, time)
    {
    }

    /// <summary>Validates a compact JWT and returns the caller it names.</summary>
    public async Task<TokenValidationOutcome> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return TokenValidationOutcome.Refused("missing");
        }

        if (!_handler.CanReadToken(token))
        {
            return TokenValidationOutcome.Refused("malformed");
        }

        TokenValidationResult result;
        if (_metadata is null)
        {
            result = await _handler.ValidateTokenAsync(token, Parameters([_localKey!.Value]));
        }
        else
        {
            var configuration = await _metadata.GetConfigurationAsync(cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(configuration.SigningKeys));
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // Entra rolled its keys: fetch the metadata again once (rate-limited by the manager).
                _metadata.RequestRefresh();
                configuration = await _metadata.GetConfigurationAsync(cancellationToken);
                result = await _handler.ValidateTokenAsync(token, Parameters(configuration.SigningKeys));
            }
        }

        if (!result.IsValid)
        {
            return TokenValidationOutcome.Refused(result.Exception?.GetType().Name ?? "invalid");
        }

        var subject = Claim(result.ClaimsIdentity, "oid") ?? Claim(result.ClaimsIdentity, "sub");
        if (subject is null)
        {
            return TokenValidationOutcome.Refused("no-subject");
        }

        var roles = result.ClaimsIdentity.FindAll("roles").Select(c => c.Value);
        return new TokenValidationOutcome(new Caller(subject, roles, SupervisorScope(result.ClaimsIdentity)), null);
    }

    /// <summary>
    /// Jurisdictions named by the token: codes separated by commas or spaces, or a JSON array; "BQ"
    /// stands for its three islands. Null when no such claim is present; unknown codes are dropped
    /// (so a claim with only unknown codes scopes to nothing, failing closed).
    /// </summary>
    internal static IReadOnlyList<Jurisdiction>? SupervisorScope(ClaimsIdentity identity)
    {
        var claims = identity.Claims.Where(c => JurisdictionClaimTypes.Contains(c.Type, StringComparer.Ordinal)).ToList();
        if (claims.Count == 0)
        {
            return null;
        }

        var scope = new List<Jurisdiction>();
        foreach (var code in claims.SelectMany(c => c.Value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (string.Equals(code, "BQ", StringComparison.OrdinalIgnoreCase))
            {
                scope.AddRange(JurisdictionCodes.All.Where(j => j.ReviewArea() == "BQ"));
            }
            else if (JurisdictionCodes.TryParse(code, out var jurisdiction))
            {
                scope.Add(jurisdiction);
            }
        }

        return scope.Distinct().ToList();
    }

    private static string? Claim(ClaimsIdentity identity, string type) =>
        identity.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;

    private TokenValidationParameters Parameters(IEnumerable<SecurityKey> keys)
    {
        var skew = _options.ClockSkew;
        return new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = _options.IsLocalKey
                ? [_options.LocalIssuer]
                // v2.0 tokens, and v1.0 tokens (an app registration whose accessTokenAcceptedVersion is unset).
                : [new Uri(_options.Instance, $"{_options.TenantId}/v2.0").AbsoluteUri, $"https://sts.windows.net/{_options.TenantId}/"],
            ValidateAudience = true,
            ValidAudience = _options.EffectiveAudience,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            IssuerSigningKeys = keys,
            TryAllIssuerSigningKeys = true,
            ValidAlgorithms = [_options.IsLocalKey ? LocalSigningKey.Algorithm : SecurityAlgorithms.RsaSha256],
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = skew,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = _time.GetUtcNow().UtcDateTime;
                return expires is { } exp && exp.ToUniversalTime() > now - skew
                    && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + skew);
            },
            NameClaimType = "sub",
            RoleClaimType = "roles",
        };
    }
}
