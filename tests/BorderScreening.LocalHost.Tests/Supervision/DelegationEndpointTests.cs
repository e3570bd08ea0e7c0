using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Supervision;

/// <summary>
/// Protocol staffing through the local host: a supervisor's delegation opens the jurisdiction's
/// review routes to a named reviewer of another service, and revoking it closes them again; the
/// delegation routes themselves are for supervisors of the jurisdiction only.
/// </summary>
public sealed class DelegationEndpointTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Delegation_OpensTheJurisdictionToTheNamedReviewer_UntilRevoked()
    {
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);
        using var kmar = _host.CreateClient("kmar-42", ["Review.BQ"]);
        using var other = _host.CreateClient("kmar-43", ["Review.BQ"]);
        Assert.Equal(HttpStatusCode.NotFound, (await kmar.GetAsync(new Uri("/api/review/CW/cases", UriKind.Relative))).StatusCode);

        using var granted = await supervisor.PostAsync(new Uri("/api/supervision/CW/delegations", UriKind.Relative), Json("""{"reviewer":"kmar-42","hours":12,"reason":"Protocol support, night shift"}"""));
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        var id = (await granted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await kmar.GetAsync(new Uri("/api/review/CW/cases", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kmar.GetAsync(new Uri("/api/review/BQ-BO/cases", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri("/api/review/CW/cases", UriKind.Relative))).StatusCode);
        // Review rights only: the supervisor routes stay closed to the delegate.
        Assert.Equal(HttpStatusCode.Forbidden, (await kmar.GetAsync(new Uri("/api/review/CW/snoozes", UriKind.Relative))).StatusCode);
        var list = await supervisor.GetFromJsonAsync<JsonElement>(new Uri("/api/supervision/CW/delegations", UriKind.Relative));
        Assert.Equal("active", list[0].GetProperty("status").GetString());

        using var revoked = await supervisor.PostAsync(new Uri($"/api/supervision/CW/delegations/{id}/revoke", UriKind.Relative), Json("""{"reason":"shift over"}"""));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kmar.GetAsync(new Uri("/api/review/CW/cases", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("""{"reviewer":"kmar-1","hours":0,"reason":"x"}""", "hours")]
    [InlineData("""{"reviewer":"kmar-1","hours":745,"reason":"x"}""", "hours")]
    [InlineData("""{"hours":8,"reason":"x"}""", "reviewer")]
    public async Task Grant_BadBody_Is400NamingTheField(string body, string field)
    {
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);

        using var response = await supervisor.PostAsync(new Uri("/api/supervision/CW/delegations", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == field);
    }

    [Fact]
    public async Task DelegationRoutes_ReviewerIs403_SupervisorElsewhereIs404()
    {
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        using var supervisorAw = _host.CreateClient("supervisor-aw", ["Review.Supervisor"], ["AW"]);

        using var byReviewer = await reviewer.PostAsync(new Uri("/api/supervision/CW/delegations", UriKind.Relative), Json("""{"reviewer":"me-too","hours":8,"reason":"x"}"""));
        using var byOther = await supervisorAw.GetAsync(new Uri("/api/supervision/CW/delegations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
    }
}
