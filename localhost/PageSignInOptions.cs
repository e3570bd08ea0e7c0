namespace BorderScreening.LocalHost;

/// <summary>
/// How the reviewers' page signs in (section "SignIn"), served to the page as <c>/config.json</c>.
/// "Local" (default): the reviewer pastes a token from <c>screening token</c>. "Entra": the page signs
/// in with MSAL (authorisation code with PKCE) against <see cref="Authority"/> and asks for
/// <see cref="ApiScope"/>, whose access tokens carry the API's audience and app roles. In Azure the
/// static web app gets the same document as a file written at deploy time (scripts/build-web.mjs).
/// </summary>
public sealed class PageSignInOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "SignIn";

    /// <summary>"Local" or "Entra".</summary>
    public string Mode { get; set; } = "Local";

    /// <summary>The authority MSAL signs in at, for example https://login.microsoftonline.com/{tenant}.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The page's (SPA) app registration.</summary>
    public string? ClientId { get; set; }

    /// <summary>The API's delegated scope, for example api://border-screening/Review.Access.</summary>
    public string? ApiScope { get; set; }

    /// <summary>"AAD" for Entra ID; "OIDC" for another OpenID provider (the tests' stand-in).</summary>
    public string ProtocolMode { get; set; } = "AAD";

    /// <summary>Hosts MSAL may trust besides Microsoft's own (needed with ProtocolMode OIDC).</summary>
    public IList<string> KnownAuthorities { get; } = [];

    /// <summary>Whether the page signs in with Entra ID (or another OpenID provider).</summary>
    public bool IsEntra => string.Equals(Mode, "Entra", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the settings are complete for the mode; the authority is https only.</summary>
    public bool IsValid => string.Equals(Mode, "Local", StringComparison.OrdinalIgnoreCase)
        || (IsEntra && Authority is { Scheme: "https" } && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ApiScope)
            && ProtocolMode is "AAD" or "OIDC");

    /// <summary>The document the page reads (no secrets: a SPA's client id and scope are public).</summary>
    public object ToPageConfig() => IsEntra
        ? new
        {
            mode = "entra",
            authority = Authority!.AbsoluteUri,
            clientId = ClientId,
            apiScope = ApiScope,
            protocolMode = ProtocolMode,
            knownAuthorities = KnownAuthorities,
        }
        : new { mode = "local" };
}
