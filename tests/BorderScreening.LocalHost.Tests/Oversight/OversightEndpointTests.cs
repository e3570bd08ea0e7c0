using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Oversight;

/// <summary>The signal and statistics routes over HTTP: bad input is a 4xx problem naming the field, never a 5xx.</summary>
public sealed class OversightEndpointTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task<IReadOnlyList<string>> ProblemFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()!).ToList();
    }

    [Theory]
    [InlineData("/api/statistics/CW", new[] { "from", "to" })]
    [InlineData("/api/statistics/CW?from=2026-10-01&to=2026-09-01", new[] { "to" })]
    [InlineData("/api/statistics/CW?from=01-10-2026&to=2026-11-01&publication=maybe", new[] { "from", "publication" })]
    public async Task Statistics_BadQuery_Is400NamingTheFields(string path, string[] fields)
    {
        using var client = _host.CreateClient("test-auditor-cw", ["Audit.Read"], ["CW"]);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(fields.Order(), (await ProblemFieldsAsync(response)).Order());
    }

    [Fact]
    public async Task Statistics_Auditor_GetsFiguresOfAnEmptyPeriod()
    {
        using var client = _host.CreateClient("test-auditor-sx", ["Audit.Read"], ["SX"]);

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/statistics/SX?from=2020-01-01&to=2020-02-01&publication=true", UriKind.Relative));

        Assert.Equal("SX", body.GetProperty("jurisdiction").GetString());
        Assert.Equal(0, body.GetProperty("recordsScreened").GetProperty("value").GetDouble());
        Assert.True(body.GetProperty("publication").GetBoolean());
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("SX")]
    public async Task Statistics_JurisdictionUnknownOrOutsideTheAuditorsScope_Is404(string code)
    {
        // An unknown jurisdiction and one outside the claim look the same (was: 400 naming "jurisdiction").
        using var client = _host.CreateClient("test-auditor-cw", ["Audit.Read"], ["CW"]);

        using var response = await client.GetAsync(new Uri($"/api/statistics/{code}?from=2026-10-01&to=2026-11-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Statistics_AuditorWithoutJurisdictionsClaim_Is404()
    {
        using var client = _host.CreateClient("Audit.Read");

        using var response = await client.GetAsync(new Uri("/api/statistics/CW?from=2026-10-01&to=2026-11-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Statistics_Reviewer_IsForbidden()
    {
        using var client = _host.CreateClient("Review.CW");

        using var response = await client.GetAsync(new Uri("/api/statistics/CW?from=2026-10-01&to=2026-11-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Signal_UnknownCase_Is404()
    {
        using var client = _host.CreateClient("Review.CW");

        using var json = await client.GetAsync(new Uri("/api/review/CW/cases/cw-abcdefghijklmnopqrstuvwx/signal", UriKind.Relative));
        using var html = await client.GetAsync(new Uri("/api/review/CW/cases/cw-abcdefghijklmnopqrstuvwx/signal/html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
    }

    [Fact]
    public async Task Resend_WithoutReason_Is400NamingReason()
    {
        using var client = _host.CreateClient("test-supervisor-cw", ["Review.Supervisor"], ["CW"]);
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/review/CW/cases/cw-abcdefghijklmnopqrstuvwx/signal/resend", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["reason"], await ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Resend_NotJson_Is415()
    {
        using var client = _host.CreateClient("test-supervisor-cw", ["Review.Supervisor"], ["CW"]);
        using var content = new StringContent("reason", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(new Uri("/api/review/CW/cases/cw-abcdefghijklmnopqrstuvwx/signal/resend", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
