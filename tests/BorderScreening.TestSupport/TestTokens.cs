using System.Security.Cryptography;
using BorderScreening.Http.Security;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderScreening.TestSupport;

/// <summary>
/// Tokens a host must refuse, each wrong in exactly one way compared with what
/// <see cref="LocalTokenIssuer"/> makes for the same <see cref="AuthOptions"/>.
/// </summary>
public static class TestTokens
{
    /// <summary>A valid-looking token whose lifetime ended a day before <paramref name="now"/>.</summary>
    public static string Expired(AuthOptions options, DateTimeOffset now, params string[] roles) =>
        new LocalTokenIssuer(options, new FakeTimeProvider(now.AddDays(-1))).Issue("test-expired", roles, TimeSpan.FromHours(1));

    /// <summary>Signed with the right key, for another audience.</summary>
    public static string WrongAudience(AuthOptions options, TimeProvider time, params string[] roles) =>
        new LocalTokenIssuer(Copy(options, o => o.Audience = "api://some-other-api"), time).Issue("test-audience", roles, TimeSpan.FromHours(1));

    /// <summary>Signed with the right key, from another issuer.</summary>
    public static string WrongIssuer(AuthOptions options, TimeProvider time, params string[] roles) =>
        new LocalTokenIssuer(Copy(options, o => o.LocalIssuer = "https://attacker.example/"), time).Issue("test-issuer", roles, TimeSpan.FromHours(1));

    /// <summary>Right claims, signed with a freshly generated key the host does not know.</summary>
    public static string OtherKey(AuthOptions options, TimeProvider time, params string[] roles)
    {
        var folder = Path.Combine(Path.GetTempPath(), "screening-tests", "other-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            return new LocalTokenIssuer(Copy(options, o => o.LocalKeyFile = Path.Combine(folder, "key")), time).Issue("test-other-key", roles, TimeSpan.FromHours(1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Right claims, <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(AuthOptions options, TimeProvider time, params string[] roles)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = options.LocalIssuer,
            ["aud"] = options.EffectiveAudience,
            ["sub"] = "test-unsigned",
            ["roles"] = roles,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
        }));
        return header + "." + payload + ".";
    }

    /// <summary>Right claims, signed RS256 with a key of its own (an algorithm the local mode does not accept).</summary>
    public static string Rs256(AuthOptions options, TimeProvider time, RSA rsa, params string[] roles) =>
        Sign(options.LocalIssuer, options.EffectiveAudience, time, new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "rsa-test" }, SecurityAlgorithms.RsaSha256), roles);

    /// <summary>HS256 token whose HMAC secret is the RSA public key: the classic HS/RS confusion attack.</summary>
    public static string HmacWithPublicKey(string issuer, string audience, TimeProvider time, RSA rsa, params string[] roles) =>
        Sign(issuer, audience, time, new SigningCredentials(new SymmetricSecurityKey(rsa.ExportSubjectPublicKeyInfo()) { KeyId = "rsa-test" }, SecurityAlgorithms.HmacSha256), roles);

    /// <summary>A token with the given claims and credentials, one hour from now.</summary>
    public static string Sign(string issuer, string audience, TimeProvider time, SigningCredentials credentials, string[] roles, IDictionary<string, object>? extra = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { ["sub"] = "test-signed", ["roles"] = roles };
        foreach (var (key, value) in extra ?? new Dictionary<string, object>())
        {
            claims[key] = value;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = credentials,
        });
    }

    private static AuthOptions Copy(AuthOptions options, Action<AuthOptions> change)
    {
        var copy = new AuthOptions
        {
            Mode = options.Mode,
            TenantId = options.TenantId,
            Audience = options.EffectiveAudience,
            Instance = options.Instance,
            LocalKeyFile = options.LocalKeyFile,
            LocalIssuer = options.LocalIssuer,
            ClockSkew = options.ClockSkew,
        };
        change(copy);
        return copy;
    }
}
