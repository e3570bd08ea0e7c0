using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Http.Tests.Security;

/// <summary>
/// The authorization matrix, generated from <see cref="RouteTable"/>: every route × no token, a
/// token without roles, each role outside its policy and each role inside it, and every route × role
/// × jurisdiction scope (<see cref="AuthorizationMatrix"/>) including the audit of the all-countries
/// grant. A new route is covered as soon as it is in the table. (The local host runs the same matrix
/// over HTTP in BorderScreening.LocalHost.Tests, the Functions worker middleware in
/// BorderScreening.Functions.Tests.)
/// </summary>
public sealed class AuthorizationMatrixTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "matrix-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly AuthOptions _options;
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();
    private readonly RecordingAuditLog _audit = new();

    public AuthorizationMatrixTests()
    {
        _options = new AuthOptions { Mode = AuthOptions.LocalKeyMode, LocalKeyFile = Path.Combine(_folder, "key") };
    }

    public static TheoryData<string> Routes => [.. RouteTable.All.Select(r => r.Key)];

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<(bool Allowed, int Status)> AuthorizeAsync(string routeKey, params string[]? roles) =>
        AuthorizeAsync(routeKey, AuthorizationMatrix.PathOf(RouteTable.Find(routeKey)!, Jurisdiction.CW), "test", roles, null);

    private async Task<(bool Allowed, int Status)> AuthorizeAsync(string routeKey, string path, string subject, IReadOnlyList<string>? roles, IReadOnlyList<string>? claim)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = routeKey.Split(' ', 2)[0];
        context.Request.Path = path;
        if (roles is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + new LocalTokenIssuer(_options, _time).Issue(subject, roles, TimeSpan.FromHours(1), claim);
        }

        context.Response.Body = new MemoryStream();
        var middleware = new ScreeningAuthMiddleware(new TokenValidator(_options, _time), RouteTable.Catalog, new JurisdictionGrantAudit(_audit), NullLogger<ScreeningAuthMiddleware>.Instance);
        var allowed = await middleware.AuthorizeAsync(context, routeKey);
        return (allowed, context.Response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AuthorizeAsync_EachRoleInEachJurisdictionScope_GetsWhatTheDocumentedRulesOwe(string route)
    {
        var failures = new List<string>();
        foreach (var cell in AuthorizationMatrix.CasesFor(RouteTable.Find(route)!))
        {
            _audit.Clear();
            var (allowed, status) = await AuthorizeAsync(route, cell.Path, cell.Subject, cell.Roles, cell.Claim);
            var expected = cell.Outcome switch
            {
                MatrixOutcome.Forbidden => StatusCodes.Status403Forbidden,
                MatrixOutcome.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status200OK,
            };
            if (allowed != (cell.Outcome == MatrixOutcome.Allowed) || status != expected)
            {
                failures.Add($"{cell}: {(allowed ? "allowed" : "refused")} {status}, expected {cell.Outcome} {expected}");
            }

            var grantEntries = _audit.Entries.Where(e => e.Action == JurisdictionGrantAudit.Action).ToList();
            var auditedRight = cell.GrantAudited
                ? grantEntries.Count == 1 && grantEntries[0].Jurisdiction == cell.Jurisdiction.ToCode() && grantEntries[0].Role == AppRoles.JurisdictionsAll
                    && grantEntries[0].Actor == cell.Subject && grantEntries[0].Detail == cell.Route.Name
                : grantEntries.Count == 0;
            if (!auditedRight)
            {
                failures.Add($"{cell}: {grantEntries.Count} grant audit entries, expected {(cell.GrantAudited ? 1 : 0)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void Policy_PerJurisdiction_ExactlyWhenThePathNamesTheJurisdiction(string route)
    {
        var definition = RouteTable.Find(route)!;

        Assert.Equal(definition.Path.Contains("{" + RoutePolicy.JurisdictionParameter + "}", StringComparison.Ordinal), definition.Policy.PerJurisdiction);
    }

    [Fact]
    public async Task AuthorizeAsync_UnknownJurisdictionInPath_Is404EvenWithEveryRole()
    {
        var (allowed, status) = await AuthorizeAsync("GET /api/review/{jurisdiction}/cases", "/api/review/NL/cases", "test", AppRoles.All, ["AW", "CW", "SX", "BQ"]);

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status404NotFound, status);
    }

    [Fact]
    public async Task AuthorizeAsync_SupervisorOfCwWhoReviewsSx_IsForbiddenSupervisorActionsInSx()
    {
        string[] roles = [AppRoles.ReviewSupervisor, AppRoles.ReviewSX];

        var (reopenSx, reopenSxStatus) = await AuthorizeAsync("POST /api/review/{jurisdiction}/cases/{caseId}/reopen", "/api/review/SX/cases/x/reopen", "sup-cw", roles, ["CW"]);
        var (snoozesSx, snoozesSxStatus) = await AuthorizeAsync("GET /api/review/{jurisdiction}/snoozes", "/api/review/SX/snoozes", "sup-cw", roles, ["CW"]);
        var (reopenCw, _) = await AuthorizeAsync("POST /api/review/{jurisdiction}/cases/{caseId}/reopen", "/api/review/CW/cases/x/reopen", "sup-cw", roles, ["CW"]);
        var (listSx, _) = await AuthorizeAsync("GET /api/review/{jurisdiction}/cases", "/api/review/SX/cases", "sup-cw", roles, ["CW"]);

        Assert.False(reopenSx);
        Assert.Equal(StatusCodes.Status403Forbidden, reopenSxStatus);
        Assert.False(snoozesSx);
        Assert.Equal(StatusCodes.Status403Forbidden, snoozesSxStatus);
        Assert.True(reopenCw);
        Assert.True(listSx);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AuthorizeAsync_NoToken_Is401UnlessAnonymous(string route)
    {
        var anonymous = RouteTable.Find(route)!.Policy.IsAnonymous;

        var (allowed, status) = await AuthorizeAsync(route, roles: null);

        Assert.Equal(anonymous, allowed);
        Assert.Equal(anonymous ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized, status);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AuthorizeAsync_TokenWithoutRoles_Is403UnlessAnonymous(string route)
    {
        var anonymous = RouteTable.Find(route)!.Policy.IsAnonymous;

        var (allowed, status) = await AuthorizeAsync(route);

        Assert.Equal(anonymous, allowed);
        Assert.Equal(anonymous ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden, status);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AuthorizeAsync_EachRoleOutsideThePolicy_Is403(string route)
    {
        var policy = RouteTable.Find(route)!.Policy;
        var failures = new List<string>();
        foreach (var role in AppRoles.All.Where(r => !policy.IsAnonymous && !policy.Roles.Contains(r)))
        {
            var (allowed, status) = await AuthorizeAsync(route, role);
            if (allowed || status != StatusCodes.Status403Forbidden)
            {
                failures.Add($"{role}: {status}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AuthorizeAsync_EachRoleOfThePolicy_IsLetThroughInItsOwnJurisdiction(string route)
    {
        var definition = RouteTable.Find(route)!;
        var policy = definition.Policy;
        var failures = new List<string>();
        foreach (var role in policy.Roles)
        {
            // Scoped roles reach only the jurisdictions of their claim (none without it), reviewers their area.
            var home = AuthorizationMatrix.HomeOf(role);
            var (allowed, status) = await AuthorizeAsync(route, AuthorizationMatrix.PathOf(definition, home), "test", [role], [home.ToCode()]);
            if (!allowed || status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                failures.Add($"{role}: {status}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void Policy_EveryRoleItNames_IsAKnownRole(string route)
    {
        var policy = RouteTable.Find(route)!.Policy;

        Assert.All(policy.Roles, r => Assert.True(AppRoles.IsKnown(r), r));
        Assert.True(policy.IsAnonymous || policy.Roles.Count > 0, "a non-anonymous route nobody may call");
    }
}
