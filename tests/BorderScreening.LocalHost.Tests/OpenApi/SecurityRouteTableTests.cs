using System.Text;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using BorderScreening.LocalHost;

namespace BorderScreening.LocalHost.Tests.OpenApi;

/// <summary>
/// docs/security.md lists every route with its policy, generated from the route table (between the
/// "routes:generated" markers), so the document cannot drift from what both hosts enforce.
/// </summary>
public sealed class SecurityRouteTableTests
{
    private const string Begin = "<!-- routes:generated:begin (UPDATE_DOCS=1 regenerates; do not edit by hand) -->";
    private const string End = "<!-- routes:generated:end -->";

    [Fact]
    public async Task SecurityDoc_RouteTable_MatchesTheRouteTable()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "security.md");
        var text = await File.ReadAllTextAsync(path);
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/security.md lacks the generated route table markers");

        var generated = Generate();
        var updated = text[..(start + Begin.Length)] + "\n" + generated + text[end..];
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, updated);
        }

        Assert.True(updated == await File.ReadAllTextAsync(path), "docs/security.md's route table is out of date: run the tests with UPDATE_DOCS=1 and commit the result.");
        Assert.Equal(RouteTable.All.Count, generated.Split('\n').Count(line => line.StartsWith("| `", StringComparison.Ordinal)));
    }

    private static string Generate()
    {
        var table = new StringBuilder()
            .AppendLine("| route | allowed | jurisdiction | hosts | what |")
            .AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var route in RouteTable.All)
        {
            var policy = route.Policy;
            var allowed = policy.IsAnonymous ? "anonymous" : string.Join(", ", policy.Roles.Select(r => $"`{r}`"));
            var jurisdiction = policy.IsAnonymous ? "—"
                : policy.PerJurisdiction ? "per jurisdiction (path)"
                : policy.Roles.Any(BorderScreening.Application.Security.AppRoles.JurisdictionScoped.Contains) || policy.Roles.Any(BorderScreening.Application.Security.AppRoles.Reviewers.Contains) ? "filtered by the caller's reach"
                : "none (not per country)";
            var hosts = route.Hosts switch
            {
                RouteHosts.LocalHost => "local host",
                RouteHosts.Functions => "Functions",
                _ => "both",
            };
            var what = (route.Summary ?? route.Name).Replace("|", "\\|", StringComparison.Ordinal) + (policy.IsFeed ? " (rate-limited per feed)" : "");
            table.AppendLine($"| `{route.Method} {route.Path}` | {allowed} | {jurisdiction} | {hosts} | {what} |");
        }

        return table.ToString();
    }
}
