using System.Security.Cryptography;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BorderScreening.Http.Tests.Security;

public sealed class TokenValidatorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "tokens-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(Now);
    private readonly AuthOptions _local;
    private readonly RSA _rsa = RSA.Create(2048);

    public TokenValidatorTests()
    {
        _local = new AuthOptions { Mode = AuthOptions.LocalKeyMode, LocalKeyFile = Path.Combine(_folder, "token-signing.key") };
    }

    public void Dispose()
    {
        _rsa.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<TokenValidationOutcome> ValidateLocalAsync(string token) =>
        new TokenValidator(_local, _time).ValidateAsync(token, CancellationToken.None);

    private string Issue(params string[] roles) => new LocalTokenIssuer(_local, _time).Issue("demo-reviewer-cw", roles, TimeSpan.FromHours(1));

    [Fact]
    public async Task ValidateAsync_LocalTokenFromIssuer_ReturnsCallerWithSubjectAndRoles()
    {
        var outcome = await ValidateLocalAsync(Issue(AppRoles.ReviewCW, AppRoles.AuditRead));

        Assert.True(outcome.IsValid, outcome.Failure);
        Assert.Equal("demo-reviewer-cw", outcome.Caller!.Subject);
        Assert.Equal(new HashSet<string> { AppRoles.ReviewCW, AppRoles.AuditRead }, outcome.Caller.Roles);
        // No jurisdictions claim: the scoped role (Audit.Read) reaches nothing, the reviewer role its own area.
        Assert.Empty(outcome.Caller.Scope);
        Assert.False(outcome.Caller.CanAudit(Jurisdiction.CW));
        Assert.Equal([Jurisdiction.CW], outcome.Caller.ReviewableJurisdictions);
    }

    [Fact]
    public async Task ValidateAsync_Unsigned_IsRefused()
    {
        var outcome = await ValidateLocalAsync(TestTokens.Unsigned(_local, _time, AppRoles.ReviewCW));

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_IsRefused()
    {
        var token = Issue(AppRoles.ReviewCW);
        _time.Advance(TimeSpan.FromHours(1) + _local.ClockSkew + TimeSpan.FromSeconds(1));

        var outcome = await ValidateLocalAsync(token);

        Assert.False(outcome.IsValid);
        Assert.Contains("Lifetime", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_IsAccepted()
    {
        var token = Issue(AppRoles.ReviewCW);
        _time.Advance(TimeSpan.FromHours(1) + _local.ClockSkew - TimeSpan.FromSeconds(5));

        var outcome = await ValidateLocalAsync(token);

        Assert.True(outcome.IsValid, outcome.Failure);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidBeyondSkew_IsRefused()
    {
        var future = new FakeTimeProvider(Now + _local.ClockSkew + TimeSpan.FromMinutes(1));
        var token = new LocalTokenIssuer(_local, future).Issue("demo-reviewer-cw", [AppRoles.ReviewCW], TimeSpan.FromHours(1));

        var outcome = await ValidateLocalAsync(token);

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_OtherAudience_IsRefused()
    {
        var outcome = await ValidateLocalAsync(TestTokens.WrongAudience(_local, _time, AppRoles.ReviewCW));

        Assert.False(outcome.IsValid);
        Assert.Contains("Audience", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_OtherIssuer_IsRefused()
    {
        var outcome = await ValidateLocalAsync(TestTokens.WrongIssuer(_local, _time, AppRoles.ReviewCW));

        Assert.False(outcome.IsValid);
        Assert.Contains("Issuer", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_SignedWithOtherKey_IsRefused()
    {
        Issue(AppRoles.ReviewCW); // creates the host's key file first

        var outcome = await ValidateLocalAsync(TestTokens.OtherKey(_local, _time, AppRoles.ReviewCW));

        Assert.False(outcome.IsValid);
        Assert.Contains("Signature", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_LocalModeGivenRs256Token_IsRefused()
    {
        var outcome = await ValidateLocalAsync(TestTokens.Rs256(_local, _time, _rsa, AppRoles.ReviewCW));

        Assert.False(outcome.IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    public async Task ValidateAsync_MissingOrMalformed_IsRefused(string? token)
    {
        var outcome = await new TokenValidator(_local, _time).ValidateAsync(token, CancellationToken.None);

        Assert.False(outcome.IsValid);
    }

    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string Audience = "api://border-screening";

    private TokenValidator Entra()
    {
        var configuration = new OpenIdConnectConfiguration();
        configuration.SigningKeys.Add(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = "rsa-test" });
        var options = new AuthOptions { Mode = AuthOptions.EntraMode, TenantId = Tenant, Audience = Audience };
        return new TokenValidator(options, _time, new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration));
    }

    private string EntraToken(string issuer, IDictionary<string, object>? extra = null, params string[] roles) =>
        TestTokens.Sign(issuer, Audience, _time, new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = "rsa-test" }, SecurityAlgorithms.RsaSha256), roles, extra);

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    public async Task ValidateAsync_EntraRs256Token_ReturnsCallerByObjectId(string issuer)
    {
        var token = EntraToken(issuer, new Dictionary<string, object> { ["oid"] = "oid-123", ["name"] = "Jane Reviewer" }, AppRoles.ReviewBQ);

        var outcome = await Entra().ValidateAsync(token, CancellationToken.None);

        Assert.True(outcome.IsValid, outcome.Failure);
        Assert.Equal("oid-123", outcome.Caller!.Subject);
        Assert.True(outcome.Caller.CanReview(Jurisdiction.BQ_SA));
    }

    [Fact]
    public async Task ValidateAsync_EntraTokenFromOtherTenant_IsRefused()
    {
        var token = EntraToken("https://login.microsoftonline.com/99999999-2222-3333-4444-555555555555/v2.0", null, AppRoles.ReviewBQ);

        var outcome = await Entra().ValidateAsync(token, CancellationToken.None);

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_EntraModeGivenHs256SignedWithPublicKey_IsRefused()
    {
        var token = TestTokens.HmacWithPublicKey("https://login.microsoftonline.com/" + Tenant + "/v2.0", Audience, _time, _rsa, AppRoles.AuditRead);

        var outcome = await Entra().ValidateAsync(token, CancellationToken.None);

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_EntraModeGivenUnsignedToken_IsRefused()
    {
        var options = new AuthOptions { LocalIssuer = "https://login.microsoftonline.com/" + Tenant + "/v2.0", Audience = Audience };

        var outcome = await Entra().ValidateAsync(TestTokens.Unsigned(options, _time, AppRoles.AuditRead), CancellationToken.None);

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_JurisdictionsClaim_ScopesSupervisorAndExpandsBq()
    {
        var token = new LocalTokenIssuer(_local, _time).Issue("demo-supervisor", [AppRoles.ReviewSupervisor], TimeSpan.FromHours(1), ["AW", "BQ"]);

        var caller = (await ValidateLocalAsync(token)).Caller!;

        Assert.Equal([Jurisdiction.AW, Jurisdiction.BQ_BO, Jurisdiction.BQ_SE, Jurisdiction.BQ_SA], caller.ReviewableJurisdictions);
        Assert.False(caller.IsSupervisorFor(Jurisdiction.CW));
    }

    // A local token with a jurisdictions claim of any JSON shape, signed with the local key.
    private string WithJurisdictions(object? claim, params string[] roles)
    {
        var key = LocalSigningKey.LoadOrCreate(_local.LocalKeyFile);
        var extra = claim is null ? null : new Dictionary<string, object> { [TokenValidator.JurisdictionsClaim] = claim };
        return TestTokens.Sign(_local.LocalIssuer, _local.EffectiveAudience, _time, new SigningCredentials(key, LocalSigningKey.Algorithm), roles, extra);
    }

    public static TheoryData<string, object?> FailClosedClaims => new()
    {
        { "missing", null },
        { "empty array", Array.Empty<string>() },
        { "empty string", "" },
        { "unknown code in array", new[] { "AW", "NL" } },
        { "unknown code in list", "AW,NL" },
        { "wildcard", "*" },
        { "ALL", "ALL" },
        { "number in array", new object[] { "AW", 5 } },
        { "object", new Dictionary<string, object> { ["AW"] = true } },
        { "broken JSON string", "[\"AW\"," },
    };

    [Theory]
    [MemberData(nameof(FailClosedClaims))]
    public async Task ValidateAsync_JurisdictionsClaimMissingEmptyOrMalformed_ScopedRolesReachNothing(string kind, object? claim)
    {
        var outcome = await ValidateLocalAsync(WithJurisdictions(claim, AppRoles.ReviewSupervisor, AppRoles.AuditRead, AppRoles.ModelTrain));

        Assert.True(outcome.IsValid, kind + ": " + outcome.Failure);
        Assert.Empty(outcome.Caller!.Scope);
        Assert.All(JurisdictionCodes.All, j => Assert.False(outcome.Caller.CanActIn(j, AppRoles.JurisdictionScoped), $"{kind}: {j}"));
    }

    [Theory]
    [InlineData("AW CW")]
    [InlineData("AW;CW")]
    [InlineData("[\"AW\", \"cw\"]")]
    public async Task ValidateAsync_JurisdictionsClaimAsOneString_ReadsEveryCode(string claim)
    {
        var caller = (await ValidateLocalAsync(WithJurisdictions(claim, AppRoles.ReviewSupervisor))).Caller!;

        Assert.Equal([Jurisdiction.AW, Jurisdiction.CW], caller.ReviewableJurisdictions);
    }

    [Fact]
    public async Task ValidateAsync_EmptyJurisdictionsFromIssuer_SupervisorReviewsNothing()
    {
        // The reported finding: a supervisor token whose jurisdictions list is [] read every worklist.
        var token = new LocalTokenIssuer(_local, _time).Issue("demo-supervisor", [AppRoles.ReviewSupervisor], TimeSpan.FromHours(1), []);

        var caller = (await ValidateLocalAsync(token)).Caller!;

        Assert.Empty(caller.ReviewableJurisdictions);
    }
}
