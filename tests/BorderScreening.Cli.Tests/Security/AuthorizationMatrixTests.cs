using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BorderScreening.Core.Feeds.Json;
using BorderScreening.Core.Records;
using BorderScreening.Core.Security;
using BorderScreening.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace BorderScreening.Cli.Tests.Security;

/// <summary>
/// Every route of the local host × every role and every kind of bad token, against the
/// <see cref="RoutePolicies"/> table; plus the row-level rule that reviewers only see their own
/// jurisdictions' assessments.
/// </summary>
public sealed partial class AuthorizationMatrixTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Every route the running local host maps (all endpoints, not only /api), as "METHOD /template".</summary>
    private SortedSet<string> Routes()
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in ((IEndpointRouteBuilder)_host.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            foreach (var verb in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                routes.Add(RoutePolicies.Key(verb, endpoint.RoutePattern.RawText!));
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
    public void EveryRoute_HasAnEntryInRoutePolicies()
    {
        var missing = Routes().Where(r => RoutePolicies.Find(r) is null).ToList();

        Assert.True(missing.Count == 0, "Routes without an entry in core/Security/RoutePolicies.cs (they are denied to everyone): " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryRoutePoliciesEntry_NamesAMappedRoute()
    {
        var routes = Routes();
        var stale = RoutePolicies.Table.Keys.Where(k => !routes.Contains(k)).ToList();

        Assert.True(stale.Count == 0, "RoutePolicies entries that match no route (typo in method or template?): " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryRoute_EachRole_GetsWhatItsPolicyAllows()
    {
        var failures = new List<string>();
        var roleSets = AppRoles.All.Select(r => new[] { r }).Append([]).ToList();
        foreach (var route in Routes())
        {
            var policy = RoutePolicies.Find(route);
            foreach (var roles in roleSets)
            {
                using var response = await SendAsync(_host.CreateClient(roles), route);
                var status = (int)response.StatusCode;
                var allowed = policy is not null && (policy.IsAnonymous || roles.Any(policy.Roles.Contains));
                var label = roles.Length == 0 ? "(no roles)" : roles[0];
                if (allowed && status is 401 or 403)
                {
                    failures.Add($"{route} as {label}: {status}, expected access");
                }
                else if (!allowed && status != 403)
                {
                    failures.Add($"{route} as {label}: {status}, expected 403");
                }
                else if (!allowed && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route} as {label}: 403 without problem details");
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
        foreach (var route in Routes())
        {
            using var response = await SendAsync(client, route);
            var status = (int)response.StatusCode;
            if (RoutePolicies.Find(route)?.IsAnonymous == true)
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
}
