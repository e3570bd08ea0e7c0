using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using BorderScreening.Http.Api;

namespace BorderScreening.LocalHost.Tests.Security;

/// <summary>
/// The authorization matrix over HTTP, generated from <see cref="RouteTable"/>: every route the local
/// host serves × every role and every kind of bad token (a new route is covered as soon as it is in
/// the table); the host maps exactly the table; plus the row-level rule that reviewers only see their
/// own jurisdictions' assessments.
/// </summary>
public sealed partial class AuthorizationMatrixTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
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

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    private static HttpRequestMessage Request(string route)
    {
        var parts = route.Split(' ', 2);
        var path = Parameter().Replace(parts[1], "CW0000000000000000000000");
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
    public async Task Route_EachRole_GetsWhatItsPolicyAllows(string route)
    {
        var policy = RouteTable.Find(route)!.Policy;
        var failures = new List<string>();
        var roleSets = AppRoles.All.Select(r => new[] { r }).Append([]).ToList();
        foreach (var roles in roleSets)
        {
            using var response = await SendAsync(_host.CreateClient(roles), route);
            var status = (int)response.StatusCode;
            var allowed = policy.IsAnonymous || roles.Any(policy.Roles.Contains);
            var label = roles.Length == 0 ? "(no roles)" : roles[0];
            if (allowed && status is 401 or 403)
            {
                failures.Add($"{label}: {status}, expected access");
            }
            else if (!allowed && status != 403)
            {
                failures.Add($"{label}: {status}, expected 403");
            }
            else if (!allowed && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{label}: 403 without problem details");
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
        using var response = await _host.CreateClient(AppRoles.FeedSubmit)
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
    public async Task GetAssessment_AuditRead_ReadsEveryJurisdiction()
    {
        var auditor = _host.CreateClient(AppRoles.AuditRead);
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var id = await ScreenAsync(Records.Traveller("matrix-audit-" + jurisdiction.ToCode(), jurisdiction));

            using var response = await auditor.GetAsync($"/api/assessments/{id}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
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
