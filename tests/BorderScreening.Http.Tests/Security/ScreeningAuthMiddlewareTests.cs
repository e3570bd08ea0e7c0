using BorderScreening.Application.Security;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Http.Tests.Security;

public sealed class ScreeningAuthMiddlewareTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "mw-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly AuthOptions _options;
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public ScreeningAuthMiddlewareTests()
    {
        _options = new AuthOptions { Mode = AuthOptions.LocalKeyMode, LocalKeyFile = Path.Combine(_folder, "key") };
    }

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private ScreeningAuthMiddleware Middleware() =>
        new(new TokenValidator(_options, _time), RouteTable.Catalog, new JurisdictionGrantAudit(new RecordingAuditLog()), NullLogger<ScreeningAuthMiddleware>.Instance);

    private DefaultHttpContext Context(string path, string? token)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "GET";
        context.Request.Path = path;
        if (token is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + token;
        }

        context.Response.Body = new MemoryStream();
        return context;
    }

    private string AllRoles() => new LocalTokenIssuer(_options, _time).Issue("test", AppRoles.All, TimeSpan.FromHours(1));

    [Fact]
    public async Task AuthorizeAsync_RouteMissingFromTable_IsDeniedEvenWithEveryRole()
    {
        var context = Context("/api/secret", AllRoles());

        var allowed = await Middleware().AuthorizeAsync(context, "GET /api/secret");

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthorizeAsync_NoToken_Is401WithBearerChallenge()
    {
        var context = Context("/api/assessments/x", null);

        var allowed = await Middleware().AuthorizeAsync(context, "GET /api/assessments/{id}");

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Equal("Bearer", context.Response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task AuthorizeAsync_AllowedRole_StoresCallerOnRequest()
    {
        var context = Context("/api/assessments/x", AllRoles());

        var allowed = await Middleware().AuthorizeAsync(context, "GET /api/assessments/{id}");

        Assert.True(allowed);
        Assert.Equal("test", HttpCallerAccessor.From(context)?.Subject);
    }

    [Fact]
    public async Task AuthorizeAsync_AnonymousRoute_NeedsNoToken()
    {
        var context = Context("/api/health", null);

        Assert.True(await Middleware().AuthorizeAsync(context, "GET /api/health"));
    }

    [Fact]
    public async Task AuthorizeAsync_ApiPathNoRouteServes_Is404ProblemWithToken()
    {
        var context = Context("/api/not-a-route", AllRoles());

        var allowed = await Middleware().AuthorizeAsync(context, routeKey: null);

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthorizeAsync_ApiPathNoRouteServes_Is401WithoutToken()
    {
        var context = Context("/api/not-a-route", null);

        var allowed = await Middleware().AuthorizeAsync(context, routeKey: null);

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    [Fact]
    public async Task AuthorizeAsync_RoutePathWithOtherMethod_Is405ProblemListingAllowedMethods()
    {
        var context = Context("/api/screenings", AllRoles());

        var allowed = await Middleware().AuthorizeAsync(context, routeKey: null);

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status405MethodNotAllowed, context.Response.StatusCode);
        Assert.Equal("POST", context.Response.Headers.Allow.ToString());
    }

    // Routing refuses a media type a route's declared body does not accept before any middleware
    // runs, and leaves no endpoint of the table: the request still answers to that route's policy.
    private DefaultHttpContext RefusedMediaType(string? token)
    {
        var context = Context("/api/screenings", token);
        context.Request.Method = "POST";
        context.Request.ContentType = "text/plain";
        return context;
    }

    private string Token(params string[] roles) => new LocalTokenIssuer(_options, _time).Issue("test", roles, TimeSpan.FromHours(1));

    [Fact]
    public async Task AuthorizeAsync_MediaTypeRefusedByRoutingWithoutToken_Is401()
    {
        var context = RefusedMediaType(null);

        var allowed = await Middleware().AuthorizeAsync(context, routeKey: null);

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }

    [Fact]
    public async Task AuthorizeAsync_MediaTypeRefusedByRoutingWithoutRole_Is403NotA415()
    {
        var context = RefusedMediaType(Token(AppRoles.AuditRead));

        var allowed = await Middleware().AuthorizeAsync(context, routeKey: null);

        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }

    [Fact]
    public async Task AuthorizeAsync_MediaTypeRefusedByRoutingWithRole_GoesOnWithTheRoutesPolicyForTheRateLimiter()
    {
        var context = RefusedMediaType(Token(AppRoles.FeedSubmit));

        var allowed = await Middleware().AuthorizeAsync(context, routeKey: null);

        Assert.True(allowed);
        Assert.True(Assert.IsType<RoutePolicy>(context.Items[ScreeningAuthMiddleware.PolicyItemKey]).IsFeed);
        Assert.Equal("application/json", context.Items[ScreeningAuthMiddleware.RefusedMediaTypeItemKey]);
    }

    [Fact]
    public async Task InvokeAsync_MediaTypeRefusedByRoutingWithRole_Answers415ProblemAtTheEndpoint()
    {
        var context = RefusedMediaType(Token(AppRoles.FeedSubmit));

        // The next step stands for the rate limiter and the endpoint middleware: it runs the endpoint.
        await Middleware().InvokeAsync(context, c => c.GetEndpoint()!.RequestDelegate!(c));

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthorizeAsync_NonApiPathWithoutRoute_IsLeftToStaticFiles()
    {
        var context = Context("/index.html", null);

        Assert.True(await Middleware().AuthorizeAsync(context, routeKey: null));
    }

    [Fact]
    public async Task RefuseUnlistedAsync_WritesForbiddenProblem()
    {
        var context = Context("/api/x", AllRoles());

        await Middleware().RefuseUnlistedAsync(context, "function X");

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
    }
}
