using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BorderScreening.Http.Security;

/// <summary>
/// Signs tokens for the local host with the local key file (HS256): used by
/// <c>screening token</c> and by tests. Never used in Entra mode.
/// </summary>
public sealed class LocalTokenIssuer
{
    private readonly AuthOptions _options;
    private readonly TimeProvider _time;
    private readonly Lazy<SymmetricSecurityKey> _key;

    /// <summary>Creates an issuer for the key file and issuer named in <paramref name="options"/>.</summary>
    public LocalTokenIssuer(AuthOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _key = new Lazy<SymmetricSecurityKey>(() => LocalSigningKey.LoadOrCreate(options.LocalKeyFile));
    }

    /// <summary>DI constructor.</summary>
    public LocalTokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
        : this(options.Value, time)
    {
    }

    /// <summary>A signed token for <paramref name="subject"/> with <paramref name="roles"/>.</summary>
    /// <param name="subject">A pseudonymous id such as "demo-reviewer-cw" (no names).</param>
    /// <param name="roles">App roles.</param>
    /// <param name="lifetime">Validity from now.</param>
    /// <param name="jurisdictions">The <c>jurisdictions</c> claim, which scopes Review.Supervisor, Audit.Read and Model.Train; null leaves it out (they then reach nothing).</param>
    public string Issue(string subject, IEnumerable<string> roles, TimeSpan lifetime, IEnumerable<string>? jurisdictions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var now = _time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["sub"] = subject,
            ["roles"] = roles.ToArray(),
        };
        if (jurisdictions is not null)
        {
            claims[TokenValidator.JurisdictionsClaim] = jurisdictions.ToArray();
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.LocalIssuer,
            Audience = _options.EffectiveAudience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(_key.Value, LocalSigningKey.Algorithm),
        });
    }
}
