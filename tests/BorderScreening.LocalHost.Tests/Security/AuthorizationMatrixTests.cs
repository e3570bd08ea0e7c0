using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace BorderScreening.LocalHost.Tests.Security;

/// <summary>
/// The authorization matrix over HTTP, generated from <see cref="RouteTable"/>: every route the local
/// host serves × every role × every jurisdiction scope (<see cref="AuthorizationMatrix"/>: own,
/// other, empty, missing, all-countries grant), with the grant's audit entries read back from the
/// audit table, and every kind of bad token (a new route is covered as soon as it is in the table);
/// the host maps exactly the table; plus the row-level rules the handlers apply (assessments, the
/// audit trail, monitoring alerts, label export) per jurisdiction.
/// </summary>
public sealed class AuthorizationMatrixTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private readonly LocalHostServer _host = fixture.Host;

    public static TheoryData<string> Routes => [.. RouteKeys()];

    private static IEnumerable<string> RouteKeys() => RouteTable.All.Where(r => r.Hosts.HasFlag(RouteHosts.LocalHost)).Select(r => r.Key);

    /// <summary>Every route the running local host maps (all endpoints, not only /api), as "METHOD /template".</summary>
    private SortedSet<string> MappedRoutes()
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in ((IEndpointRouteBuilder)_host.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            foreach (var verb in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                routes.Add(RouteDefinition.KeyOf(verb, endpoint.RoutePattern.RawText!));
            }
        }

        return routes;
    }

    private static HttpRequestMessage Request(string route) =>
        Request(route, AuthorizationMatrix.PathOf(RouteTable.Find(route)!, Jurisdiction.CW));

    private static HttpRequestMessage Request(string route, string path)
    {
        var parts = route.Split(' ', 2);
        var request = new HttpRequestMessage(new HttpMethod(parts[0]), path);
        if (parts[0] is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("[]", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string route) => await client.SendAsync(Request(route));

    [Fact]
    public void LocalHost_MapsExactlyTheRouteTable()
    {
        var table = new SortedSet<string>(RouteKeys(), StringComparer.Ordinal);

        Assert.Equal(table, MappedRoutes());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_EachRoleInEachJurisdictionScope_GetsWhatTheDocumentedRulesOwe(string route)
    {
        var definition = RouteTable.Find(route)!;
        var client = _host.CreateClientWithToken(null);
        var audit = _host.Get<IAuditLog>();
        var time = _host.Get<TimeProvider>();
        var from = time.GetUtcNow().AddMinutes(-5);
        var failures = new List<string>();
        foreach (var cell in AuthorizationMatrix.CasesFor(definition))
        {
            using var request = Request(route, cell.Path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _host.Tokens.Issue(cell.Subject, cell.Roles, TimeSpan.FromHours(1), cell.Claim));
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? JsonNode.Parse(await response.Content.ReadAsStringAsync())
                : null;
            var refusedForJurisdiction = status == 404 && problem?["detail"]?.GetValue<string>() == AuthorizationMatrix.OutsideJurisdictionsDetail;
            var failure = cell.Outcome switch
            {
                MatrixOutcome.Allowed when status is 401 or 403 || refusedForJurisdiction => $"{status}, expected access",
                MatrixOutcome.Forbidden when status != 403 || problem is null => $"{status}, expected a 403 problem",
                MatrixOutcome.NotFound when !refusedForJurisdiction => $"{status}, expected the security layer's 404 problem",
                _ => null,
            };
            if (failure is not null)
            {
                failures.Add($"{cell}: {failure}");
            }

            if (definition.Policy.PerJurisdiction)
            {
                // Read back from the audit table: one entry in the path's jurisdiction when (and only when)
                // the request got there through the all-countries grant alone.
                var entries = await audit.QueryAsync(null, cell.Subject, from, time.GetUtcNow().AddMinutes(5), JurisdictionCodes.All.ToList(), includeSystem: true, 100, CancellationToken.None);
                var grants = entries.Where(e => e.Action == JurisdictionGrantAudit.Action).ToList();
                var audited = grants.Count == 1 && grants[0].Jurisdiction == cell.Jurisdiction.ToCode() && grants[0].Role == AppRoles.JurisdictionsAll && grants[0].Detail == definition.Name;
                if (cell.GrantAudited ? !audited : grants.Count != 0)
                {
                    failures.Add($"{cell}: {grants.Count} grant audit entries, expected {(cell.GrantAudited ? 1 : 0)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    public static TheoryData<string> BadTokens => ["none", "expired", "wrong-audience", "wrong-issuer", "alg-none", "other-key", "garbage"];

    private string? BadToken(string kind)
    {
        var options = _host.Get<IOptions<AuthOptions>>().Value;
        var time = TimeProvider.System;
        var roles = AppRoles.All.ToArray();
        return kind switch
        {
            "none" => null,
            "expired" => TestTokens.Expired(options, time.GetUtcNow(), roles),
            "wrong-audience" => TestTokens.WrongAudience(options, time, roles),
            "wrong-issuer" => TestTokens.WrongIssuer(options, time, roles),
            "alg-none" => TestTokens.Unsigned(options, time, roles),
            "other-key" => TestTokens.OtherKey(options, time, roles),
            _ => "not.a.token",
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task EveryRoute_BadToken_Gets401WithBearerChallengeUnlessAnonymous(string kind)
    {
        var client = _host.CreateClientWithToken(BadToken(kind));
        var failures = new List<string>();
        foreach (var route in RouteKeys())
        {
            using var response = await SendAsync(client, route);
            var status = (int)response.StatusCode;
            if (RouteTable.Find(route)!.Policy.IsAnonymous)
            {
                if (status is 401 or 403)
                {
                    failures.Add($"{route}: {status} for an anonymous route");
                }
            }
            else if (status != 401
                || !response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer")
                || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{route}: {status}, expected 401 problem with WWW-Authenticate: Bearer");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<string> ScreenAsync(ScreeningRecord record)
    {
        var body = JsonSerializer.Serialize(new { records = new[] { record } }, ScreeningJson.Options);
        using var response = await _host.CreateFeedClient()
            .PostAsync("/api/screenings", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
    }

    [Fact]
    public async Task GetAssessment_ReviewerOfAw_Gets404ForCwAssessment()
    {
        var id = await ScreenAsync(Records.Traveller("matrix-cw", Jurisdiction.CW));

        using var asAw = await _host.CreateClient(AppRoles.ReviewAW).GetAsync($"/api/assessments/{id}");
        using var asCw = await _host.CreateClient(AppRoles.ReviewCW).GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.NotFound, asAw.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asCw.StatusCode);
    }

    [Fact]
    public async Task GetAssessment_ReviewBq_ReadsBqSaAssessment()
    {
        var id = await ScreenAsync(Records.Traveller("matrix-bq-sa", Jurisdiction.BQ_SA));

        using var response = await _host.CreateClient(AppRoles.ReviewBQ).GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetAssessment_AuditReadScopedToCw_ReadsCwOnly()
    {
        // Was "auditors read every jurisdiction"; now the jurisdictions claim scopes them too.
        var auditor = _host.CreateClient("matrix-auditor-cw", [AppRoles.AuditRead], ["CW"]);
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var id = await ScreenAsync(Records.Traveller("matrix-audit-" + jurisdiction.ToCode(), jurisdiction));

            using var response = await auditor.GetAsync($"/api/assessments/{id}");

            Assert.Equal(jurisdiction == Jurisdiction.CW ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task GetAssessment_AuditReadWithoutClaim_ReadsNothing()
    {
        var id = await ScreenAsync(Records.Traveller("matrix-audit-none", Jurisdiction.CW));

        using var response = await _host.CreateClient("matrix-auditor-none", [AppRoles.AuditRead]).GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetAssessment_AuditReadWithAllJurisdictionsGrant_ReadsAnyAndIsAudited()
    {
        var id = await ScreenAsync(Records.Traveller("matrix-audit-grant", Jurisdiction.SX));
        var time = _host.Get<TimeProvider>();
        var from = time.GetUtcNow().AddMinutes(-1);

        using var response = await _host.CreateClient("matrix-auditor-grant", [AppRoles.AuditRead, AppRoles.JurisdictionsAll]).GetAsync($"/api/assessments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await _host.Get<IAuditLog>().QueryAsync(null, "matrix-auditor-grant", from, time.GetUtcNow().AddMinutes(1), [Jurisdiction.SX], includeSystem: false, 10, CancellationToken.None);
        var entry = Assert.Single(entries);
        Assert.Equal((JurisdictionGrantAudit.Action, AppRoles.JurisdictionsAll, "GetAssessment"), (entry.Action, entry.Role, entry.Detail));
    }

    [Fact]
    public async Task ListCases_SupervisorWithEmptyJurisdictions_Gets404InEveryJurisdiction()
    {
        // The reported finding: a supervisor token with "jurisdictions": [] read every country's worklist.
        var supervisor = _host.CreateClient("matrix-supervisor-empty", [AppRoles.ReviewSupervisor], []);
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            using var response = await supervisor.GetAsync($"/api/review/{jurisdiction.ToCode()}/cases");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("POST", "/api/review/SX/cases/SX0000000000000000000000/reopen", """{"reason":"check"}""")]
    [InlineData("POST", "/api/review/SX/cases/SX0000000000000000000000/reassign", """{"reviewer":"r2","reason":"check"}""")]
    [InlineData("GET", "/api/review/SX/snoozes", null)]
    [InlineData("POST", "/api/review/SX/snoozes/x/extend", """{"days":5,"reason":"check"}""")]
    [InlineData("DELETE", "/api/review/SX/snoozes/x", null)]
    [InlineData("POST", "/api/review/SX/cases/SX0000000000000000000000/signal/resend", """{"reason":"check"}""")]
    public async Task SupervisorAction_SupervisorOfCwWhoReviewsSx_Gets403InSx(string method, string path, string? body)
    {
        // The reported finding: Review.Supervisor scoped to CW plus Review.SX could supervise in SX.
        var client = _host.CreateClient("matrix-sup-cw-rev-sx", [AppRoles.ReviewSupervisor, AppRoles.ReviewSX], ["CW"]);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task QueryAudit_AuditorScopedToCw_SeesCwEntriesOnly()
    {
        var cw = await ScreenAsync(Records.Traveller("matrix-trail-cw", Jurisdiction.CW));
        var sx = await ScreenAsync(Records.Traveller("matrix-trail-sx", Jurisdiction.SX));
        // Reading an assessment through the grant writes an entry in that jurisdiction's partition.
        var coordinator = _host.CreateClient("matrix-trail-coordinator", [AppRoles.AuditRead, AppRoles.JurisdictionsAll]);
        (await coordinator.GetAsync($"/api/assessments/{cw}")).Dispose();
        (await coordinator.GetAsync($"/api/assessments/{sx}")).Dispose();

        using var response = await _host.CreateClient("matrix-trail-auditor-cw", [AppRoles.AuditRead], ["CW"]).GetAsync("/api/audit?actor=matrix-trail-coordinator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(["CW"], entries.Select(e => e!["jurisdiction"]!.GetValue<string>()).Distinct());
    }

    [Fact]
    public async Task QueryAudit_AuditorWithoutClaim_SeesNothing()
    {
        (await _host.CreateClient("matrix-trail-unscoped-target", [AppRoles.AuditRead, AppRoles.JurisdictionsAll]).GetAsync("/api/audit")).Dispose();

        using var response = await _host.CreateClient("matrix-trail-unscoped", [AppRoles.AuditRead]).GetAsync("/api/audit?actor=matrix-trail-unscoped-target");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray());
    }

    [Fact]
    public async Task GetAssessment_SupervisorScopedToAw_Gets404ForCwAnd200ForAw()
    {
        var cw = await ScreenAsync(Records.Traveller("matrix-sup-cw", Jurisdiction.CW));
        var aw = await ScreenAsync(Records.Traveller("matrix-sup-aw", Jurisdiction.AW));
        var supervisor = _host.CreateClient("test-supervisor-aw", [AppRoles.ReviewSupervisor], ["AW"]);

        using var forCw = await supervisor.GetAsync($"/api/assessments/{cw}");
        using var forAw = await supervisor.GetAsync($"/api/assessments/{aw}");

        Assert.Equal(HttpStatusCode.NotFound, forCw.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forAw.StatusCode);
    }

    [Fact]
    public async Task UnknownApiPath_WithoutToken_Gets401()
    {
        using var response = await _host.CreateClientWithToken(null).GetAsync("/api/not-a-route");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UnknownApiPath_WithToken_Gets404Problem()
    {
        using var response = await _host.Client.GetAsync("/api/not-a-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RoutePath_WithOtherMethod_Gets405ProblemWithAllow()
    {
        using var response = await _host.Client.GetAsync("/api/screenings");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }
}
