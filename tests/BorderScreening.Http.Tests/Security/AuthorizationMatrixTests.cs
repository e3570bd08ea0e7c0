using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using BorderScreening.Http.Api;

namespace BorderScreening.Http.Tests.Security;

/// <summary>
/// The authorization matrix, generated from <see cref="RouteTable"/>: every route × no token, a
/// token without roles, each role outside its policy and each role inside it. A new route is
/// covered as soon as it is in the table. (The local host runs the same matrix over HTTP in
/// BorderScreening.Cli.Tests.)
/// </summary>
public sealed class AuthorizationMatrixTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "matrix-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly AuthOptions _options;
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();

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

    private async Task<(bool Allowed, int Status)> AuthorizeAsync(string routeKey, params string[]? roles)
    {
        var parts = routeKey.Split(' ', 2);
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = parts[0];
        context.Request.Path = parts[1];
        if (roles is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + new LocalTokenIssuer(_options, _time).Issue("test", roles, TimeSpan.FromHours(1));
        }

        context.Response.Body = new MemoryStream();
        var middleware = new ScreeningAuthMiddleware(new TokenValidator(_options, _time), RouteTable.Catalog, NullLogger<ScreeningAuthMiddleware>.Instance);
        var allowed = await middleware.AuthorizeAsync(context, routeKey);
        return (allowed, context.Response.StatusCode);
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
    public async Task AuthorizeAsync_EachRoleOfThePolicy_IsLetThrough(string route)
    {
        var policy = RouteTable.Find(route)!.Policy;
        var failures = new List<string>();
        foreach (var role in policy.Roles)
        {
            var (allowed, status) = await AuthorizeAsync(route, role);
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
