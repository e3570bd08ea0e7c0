using System.Collections.Immutable;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Dependencies;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Functions.Http;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Functions.Tests.Http;

/// <summary>
/// The Functions worker's security middleware, driven with the HttpContext the ASP.NET Core
/// integration hands it: the refusal of functions missing from the route table, and the
/// authorization matrix of every function route × role × jurisdiction scope
/// (<see cref="AuthorizationMatrix"/>), as far as the middleware decides it (the handlers' row-level
/// checks run end to end in BorderScreening.LocalHost.Tests).
/// </summary>
public sealed class SecurityWorkerMiddlewareTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "worker-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly RecordingAuditLog _audit = new();

    public SecurityWorkerMiddlewareTests()
    {
        _services = Services(feedRequestsPerMinute: 600);
    }

    private ServiceProvider Services(int feedRequestsPerMinute)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:Mode"] = AuthOptions.LocalKeyMode,
            ["Auth:LocalKeyFile"] = Path.Combine(_folder, "key"),
            ["Security:FeedRequestsPerMinute"] = feedRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddScreeningSecurity(configuration)
            .AddSingleton(RouteTable.Catalog)
            .AddSingleton<IDependencyFailureClassifier, NeverUnavailable>()
            .AddSingleton<IAuditLog>(_audit)
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public static TheoryData<string> FunctionRouteNames => [.. RouteTable.All.Where(r => r.Hosts.HasFlag(RouteHosts.Functions)).Select(r => r.Name)];

    private Task<(int Status, bool Invoked)> InvokeAsync(string functionName, string method, string path) =>
        InvokeAsync(_services, functionName, method, path, "test", AppRoles.All, null, contentType: null);

    private Task<(int Status, bool Invoked)> InvokeAsync(string functionName, string method, string path, string subject, IReadOnlyList<string> roles, IReadOnlyList<string>? claim) =>
        InvokeAsync(_services, functionName, method, path, subject, roles, claim, contentType: null);

    private static Task<(int Status, bool Invoked)> InvokeAsync(
        ServiceProvider services, string functionName, string method, string path, IEnumerable<string>? roles, string? contentType) =>
        InvokeAsync(services, functionName, method, path, "test", roles, null, contentType);

    private static async Task<(int Status, bool Invoked)> InvokeAsync(
        ServiceProvider services, string functionName, string method, string path, string subject, IEnumerable<string>? roles, IReadOnlyList<string>? claim, string? contentType)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = method;
        http.Request.Path = path;
        http.Request.ContentType = contentType;
        if (roles is not null)
        {
            http.Request.Headers.Authorization = "Bearer " + services.GetRequiredService<LocalTokenIssuer>().Issue(subject, roles, TimeSpan.FromHours(1), claim);
        }

        http.Response.Body = new MemoryStream();
        var invoked = false;

        await new SecurityWorkerMiddleware().Invoke(new StubFunctionContext(functionName, http, services), _ =>
        {
            // The function itself would now check the media type (JsonRequestBody, ScreeningApi).
            invoked = true;
            return Task.CompletedTask;
        });

        return (http.Response.StatusCode, invoked);
    }

    [Fact]
    public async Task Invoke_HttpFunctionMissingFromRouteTable_IsRefusedWithEveryRole()
    {
        var (status, invoked) = await InvokeAsync("NotInTheTable", "GET", "/api/not-in-the-table");

        Assert.False(invoked);
        Assert.Equal(StatusCodes.Status403Forbidden, status);
    }

    [Fact]
    public async Task Invoke_TableFunctionCalledWithAnotherMethod_IsRefusedWithEveryRole()
    {
        // GetAssessment is GET in the table: a POST to the same function has no route key.
        var (status, invoked) = await InvokeAsync("GetAssessment", "POST", "/api/assessments/x");

        Assert.False(invoked);
        Assert.Equal(StatusCodes.Status403Forbidden, status);
    }

    [Theory]
    [MemberData(nameof(FunctionRouteNames))]
    public async Task Invoke_EachRoleInEachJurisdictionScope_GetsWhatTheDocumentedRulesOwe(string functionName)
    {
        var route = RouteTable.FindByName(functionName)!;
        var failures = new List<string>();
        foreach (var cell in AuthorizationMatrix.CasesFor(route))
        {
            _audit.Clear();
            var (status, invoked) = await InvokeAsync(functionName, route.Method, cell.Path, cell.Subject, cell.Roles, cell.Claim);
            var expected = cell.Outcome switch
            {
                MatrixOutcome.Forbidden => StatusCodes.Status403Forbidden,
                MatrixOutcome.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status200OK,
            };
            if (invoked != (cell.Outcome == MatrixOutcome.Allowed) || status != expected)
            {
                failures.Add($"{cell}: {(invoked ? "invoked" : "refused")} {status}, expected {cell.Outcome} {expected}");
            }

            var grants = _audit.Entries.Count(e => e.Action == JurisdictionGrantAudit.Action && e.Actor == cell.Subject && e.Jurisdiction == cell.Jurisdiction.ToCode());
            if (grants != (cell.GrantAudited ? 1 : 0) || _audit.Entries.Count != grants)
            {
                failures.Add($"{cell}: {_audit.Entries.Count} audit entries, expected {(cell.GrantAudited ? 1 : 0)} grant entry");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Invoke_TableFunctionWithAllowedRole_CallsTheFunction()
    {
        var (status, invoked) = await InvokeAsync("GetAssessment", "GET", "/api/assessments/x");

        Assert.True(invoked);
        Assert.Equal(StatusCodes.Status200OK, status);
    }

    // The same order as the local host: authentication, authorization, rate limit, and only then the
    // function, which is where the media type is checked.
    [Fact]
    public async Task Invoke_WrongContentTypeWithoutToken_Is401AndTheFunctionDoesNotRun()
    {
        var (status, invoked) = await InvokeAsync(_services, "PostScreenings", "POST", "/api/screenings", roles: null, "text/plain");

        Assert.False(invoked);
        Assert.Equal(StatusCodes.Status401Unauthorized, status);
    }

    [Fact]
    public async Task Invoke_WrongContentTypeWithoutRole_Is403AndTheFunctionDoesNotRun()
    {
        var (status, invoked) = await InvokeAsync(_services, "DecideCase", "POST", "/api/review/CW/cases/cw-aaaaaaaaaaaaaaaaaaaaaaaa/decision", [AppRoles.AuditRead], "text/plain");

        Assert.False(invoked);
        Assert.Equal(StatusCodes.Status403Forbidden, status);
    }

    [Fact]
    public async Task Invoke_WrongContentTypeOverTheFeedLimit_Is429AndTheFunctionDoesNotRun()
    {
        using var services = Services(feedRequestsPerMinute: 1);
        var first = await InvokeAsync(services, "PostScreenings", "POST", "/api/screenings", [AppRoles.FeedSubmit], "text/plain");

        var (status, invoked) = await InvokeAsync(services, "PostScreenings", "POST", "/api/screenings", [AppRoles.FeedSubmit], "text/plain");

        Assert.True(first.Invoked);
        Assert.False(invoked);
        Assert.Equal(StatusCodes.Status429TooManyRequests, status);
    }

    private sealed class NeverUnavailable : IDependencyFailureClassifier
    {
        public bool? IsUnavailable(Exception exception) => false;
    }

    private sealed class StubFunctionContext(string name, HttpContext http, IServiceProvider services) : FunctionContext
    {
        public override string InvocationId => "test";

        public override string FunctionId => name;

        public override TraceContext TraceContext => throw new NotSupportedException();

        public override BindingContext BindingContext => throw new NotSupportedException();

        public override RetryContext RetryContext => throw new NotSupportedException();

        public override IServiceProvider InstanceServices { get; set; } = services;

        public override FunctionDefinition FunctionDefinition { get; } = new StubFunctionDefinition(name);

        // The ASP.NET Core integration hands the HttpContext to the worker under this key.
        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object> { ["HttpRequestContext"] = http };

        public override IInvocationFeatures Features => throw new NotSupportedException();
    }

    private sealed class StubFunctionDefinition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => typeof(SecurityWorkerMiddleware).Assembly.Location;

        public override string EntryPoint => name;

        public override string Id => name;

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
