using System.Security.Claims;
using System.Text.Json;
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
    /// <summary>
    /// Claim with the jurisdictions the scoped roles (<see cref="AppRoles.JurisdictionScoped"/>) reach
    /// (also read as a directory extension <c>extn.jurisdictions</c>).
    /// </summary>
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
                MetadataAddress(options),
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = true });
        }
        else
        {
            throw new InvalidOperationException("Auth:Mode must be Entra or LocalKey.");
        }
    }

    /// <summary>
    /// Creates an Entra-mode validator that reads the OpenID metadata through <paramref name="metadataClient"/>
    /// (still https only): a test trusts its stand-in provider's certificate this way, while the metadata
    /// address, issuers and every check stay those of production.
    /// </summary>
    public TokenValidator(AuthOptions options, TimeProvider time, HttpClient metadataClient)
        : this(options, time, new ConfigurationManager<OpenIdConnectConfiguration>(
            MetadataAddress(options), new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(metadataClient) { RequireHttps = true }))
    {
    }

    /// <summary>The tenant's OpenID metadata document under <see cref="AuthOptions.Instance"/>.</summary>
    public static string MetadataAddress(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Uri(options.Instance, $"{options.TenantId}/v2.0/.well-known/openid-configuration").AbsoluteUri;
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
        return new TokenValidationOutcome(new Caller(subject, roles, JurisdictionScope(result.ClaimsIdentity)), null);
    }

    /// <summary>
    /// Jurisdictions named by the token's <c>jurisdictions</c> claim (or directory extension): codes
    /// separated by commas, semicolons or spaces, a JSON array, or a JSON array written as a string;
    /// "BQ" stands for its three islands. Fails closed: a missing or empty claim, and a malformed one
    /// (any value that is not a jurisdiction code, or not a string), give no jurisdictions at all —
    /// never "all" and never the readable part of a bad claim.
    /// </summary>
    internal static IReadOnlyList<Jurisdiction> JurisdictionScope(ClaimsIdentity identity)
    {
        var scope = new List<Jurisdiction>();
        foreach (var claim in identity.Claims.Where(c => JurisdictionClaimTypes.Contains(c.Type, StringComparer.Ordinal)))
        {
            if (Codes(claim) is not { } codes)
            {
                return [];
            }

            foreach (var code in codes)
            {
                if (string.Equals(code, "BQ", StringComparison.OrdinalIgnoreCase))
                {
                    scope.AddRange(JurisdictionCodes.All.Where(j => j.ReviewArea() == "BQ"));
                }
                else if (JurisdictionCodes.TryParse(code, out var jurisdiction))
                {
                    scope.Add(jurisdiction);
                }
                else
                {
                    return [];
                }
            }
        }

        return scope.Distinct().ToList();
    }

    // The codes of one claim value, or null when it is not a list of strings. A JSON array in the token
    // arrives as one claim per element (numbers, booleans and objects keep their JSON value type).
    private static IReadOnlyList<string>? Codes(Claim claim)
    {
        if (claim.ValueType != ClaimValueTypes.String)
        {
            return null;
        }

        var value = claim.Value.Trim();
        if (value.StartsWith('['))
        {
            // A directory extension holds one string, which a claims mapping may fill with a JSON array.
            try
            {
                var items = JsonSerializer.Deserialize<string?[]>(value);
                return items is null || items.Any(string.IsNullOrWhiteSpace) ? null : items.Select(i => i!.Trim()).ToList();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
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
