using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderScreening.TestSupport;

/// <summary>The provider's endpoints and the tokens it signs.</summary>
public sealed partial class StandInOpenIdProvider
{
    private const string OAuthPath = $"/{Tenant}/oauth2/v2.0";

    private void Map(WebApplication app)
    {
        app.MapGet($"/{Tenant}/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = new Uri(Instance, $"{Tenant}/oauth2/v2.0/authorize").AbsoluteUri,
            ["token_endpoint"] = new Uri(Instance, $"{Tenant}/oauth2/v2.0/token").AbsoluteUri,
            ["end_session_endpoint"] = new Uri(Instance, $"{Tenant}/oauth2/v2.0/logout").AbsoluteUri,
            ["jwks_uri"] = new Uri(Instance, $"{Tenant}/discovery/v2.0/keys").AbsoluteUri,
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query", "fragment" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["scopes_supported"] = new[] { "openid", "profile", "offline_access" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        }));

        app.MapGet($"/{Tenant}/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });

        app.MapGet($"{OAuthPath}/authorize", Authorize);
        app.MapPost($"{OAuthPath}/token", TokenAsync);
        app.MapGet($"{OAuthPath}/logout", (HttpRequest request) =>
        {
            Interlocked.Increment(ref _signOuts);
            var back = request.Query["post_logout_redirect_uri"].ToString();
            return _redirectUris.Contains(back) ? Results.Redirect(back) : Results.Text("Signed out.");
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        var redirectUri = query["redirect_uri"].ToString();
        if (query["client_id"] != ClientId || !_redirectUris.Contains(redirectUri))
        {
            // Never redirect to an unregistered address (as Entra: an error page instead).
            return Results.BadRequest("unknown client or redirect_uri");
        }

        var responseMode = query["response_mode"].Count > 0 ? query["response_mode"].ToString() : "query";
        var state = query["state"].ToString();
        if (query["response_type"] != "code" || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]))
        {
            return Results.Redirect(WithParameters(redirectUri, responseMode, new Dictionary<string, string?>
            {
                ["error"] = "invalid_request", ["error_description"] = "code flow with an S256 PKCE challenge only", ["state"] = state,
            }));
        }

        var code = Random();
        _codes[code] = new PendingCode(ClientId, redirectUri, query["code_challenge"].ToString(), query["nonce"].FirstOrDefault(), query["scope"].ToString(), User);
        return Results.Redirect(WithParameters(redirectUri, responseMode, new Dictionary<string, string?> { ["code"] = code, ["state"] = state }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["client_id"] != ClientId)
        {
            return OAuthError("invalid_client", "unknown client");
        }

        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                if (!_codes.TryRemove(form["code"].ToString(), out var pending) || pending.RedirectUri != form["redirect_uri"])
                {
                    return OAuthError("invalid_grant", "unknown, used or mismatched code");
                }

                if (string.IsNullOrEmpty(form["code_verifier"]) || Challenge(form["code_verifier"].ToString()) != pending.Challenge)
                {
                    Interlocked.Increment(ref _refusedVerifiers);
                    return OAuthError("invalid_grant", "the PKCE code_verifier does not match the code_challenge");
                }

                Interlocked.Increment(ref _codeRedemptions);
                return Tokens(pending.User, pending.Scope, pending.Nonce);

            case "refresh_token":
                if (!_refreshTokens.TryRemove(form["refresh_token"].ToString(), out var subject) || subject != User.Subject)
                {
                    return OAuthError("invalid_grant", "unknown or used refresh token");
                }

                Interlocked.Increment(ref _refreshRedemptions);
                return Tokens(User, form["scope"].ToString(), nonce: null);

            default:
                return OAuthError("unsupported_grant_type", "authorization_code or refresh_token");
        }
    }

    private IResult Tokens(StandInUser user, string scope, string? nonce)
    {
        var refresh = Random();
        _refreshTokens[refresh] = user.Subject;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = scope,
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = AccessToken(user, scope),
            ["id_token"] = IdToken(user, nonce),
            ["refresh_token"] = refresh,
        });
    }

    private string AccessToken(StandInUser user, string scope)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["sub"] = user.Subject,
            ["oid"] = user.Subject,
            ["tid"] = Tenant,
            ["azp"] = ClientId,
            ["roles"] = user.Roles.ToArray(),
            // The delegated scopes granted, by their short names (as Entra writes scp).
            ["scp"] = string.Join(' ', scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(s => s.StartsWith(Audience + "/", StringComparison.Ordinal)).Select(s => s[(Audience.Length + 1)..])),
        };
        if (user.Jurisdictions is { } jurisdictions)
        {
            claims["jurisdictions"] = jurisdictions.ToArray();
        }

        return Sign(Audience, claims, AccessTokenLifetime);
    }

    private string IdToken(StandInUser user, string? nonce)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["sub"] = user.Subject,
            ["oid"] = user.Subject,
            ["tid"] = Tenant,
            ["preferred_username"] = user.Subject + "@stand-in.test",
            ["name"] = user.Subject,
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return Sign(ClientId, claims, TimeSpan.FromHours(1));
    }

    private string Sign(string audience, Dictionary<string, object> claims, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }
}
