namespace BorderScreening.Http.Security;

/// <summary>
/// How callers are authenticated (section "Auth"). In Azure the Function App gets
/// <c>Auth__TenantId</c> and <c>Auth__Audience</c> from infra-bicep/main.bicep and runs in Entra
/// mode; the local host runs in LocalKey mode (cli/appsettings.json) with tokens from
/// <c>screening token</c>.
/// </summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Auth";

    /// <summary>Entra ID bearer tokens (RS256, keys from the tenant's OpenID metadata).</summary>
    public const string EntraMode = "Entra";

    /// <summary>Tokens signed with a local key file (HS256): local host and tests only.</summary>
    public const string LocalKeyMode = "LocalKey";

    /// <summary>Audience of local tokens when <see cref="Audience"/> is not set.</summary>
    public const string LocalAudience = "api://border-screening-local";

    /// <summary>"Entra" (default, so a deployment never falls back to local keys) or "LocalKey".</summary>
    public string Mode { get; set; } = EntraMode;

    /// <summary>Entra tenant id (directory id).</summary>
    public string? TenantId { get; set; }

    /// <summary>Expected <c>aud</c>: the API's application id URI or client id.</summary>
    public string? Audience { get; set; }

    /// <summary>Entra authority host.</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Local signing key (base64, 64 random bytes), created on first use, never committed (.data/ is ignored).</summary>
    public string LocalKeyFile { get; set; } = ".data/token-signing.key";

    /// <summary>Issuer of local tokens.</summary>
    public string LocalIssuer { get; set; } = "https://border-screening.local/";

    /// <summary>Tolerance for clock differences when checking nbf/exp; small on purpose.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether the mode is LocalKey.</summary>
    public bool IsLocalKey => string.Equals(Mode, LocalKeyMode, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the mode is Entra.</summary>
    public bool IsEntra => string.Equals(Mode, EntraMode, StringComparison.OrdinalIgnoreCase);

    /// <summary>The audience tokens must carry.</summary>
    public string EffectiveAudience => !string.IsNullOrWhiteSpace(Audience) ? Audience
        : IsLocalKey ? LocalAudience
        : throw new InvalidOperationException("Auth:Audience is required in Entra mode.");

    /// <summary>Whether the settings are complete for the mode.</summary>
    public bool IsValid =>
        ((IsEntra && !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(Audience) && Instance.Scheme == Uri.UriSchemeHttps)
         || (IsLocalKey && !string.IsNullOrWhiteSpace(LocalKeyFile) && !string.IsNullOrWhiteSpace(LocalIssuer)))
        && ClockSkew >= TimeSpan.Zero && ClockSkew <= TimeSpan.FromMinutes(5);
}
