using BorderScreening.Http.Routing;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;
using BorderScreening.Http.Api;

namespace BorderScreening.Http.Tests.Routing;

public class RouteTableTests
{
    public static TheoryData<string> ApiRoutes => [.. RouteTable.All.Where(r => r.Handler is not null).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public void ApiRoute_IsDescribedForTheOpenApiDocument(string name)
    {
        var route = RouteTable.FindByName(name)!;

        Assert.StartsWith("/api/", route.Path, StringComparison.Ordinal);
        Assert.Contains(route.Method, new[] { "GET", "POST", "PUT", "PATCH", "DELETE" });
        Assert.False(string.IsNullOrWhiteSpace(route.Tag));
        Assert.False(string.IsNullOrWhiteSpace(route.Summary));
        Assert.NotEmpty(route.Responses);
    }

    [Fact]
    public void RoutePolicies_IsTheTablesPolicies()
    {
        Assert.Equal(RouteTable.All.Count, RouteTable.Catalog.Policies.Count);
        Assert.All(RouteTable.All, r => Assert.Same(r.Policy, RouteTable.Catalog.Find(r.Key)!.Policy));
    }

    [Fact]
    public void Find_UnknownKey_IsNull()
    {
        Assert.Null(RouteTable.Find("GET /api/secret"));
    }

    [Fact]
    public void Match_PathOfAGetAndAPostRoute_FindsBoth()
    {
        Assert.Equal(["GET", "POST"], RouteTable.Match(new PathString("/api/models")).Select(r => r.Method).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Match_ConcretePathOfATemplate_FindsItsRoute()
    {
        Assert.Equal(["ClaimCase"], RouteTable.Match(new PathString("/api/review/AW/cases/c-1/claim")).Select(r => r.Name));
    }

    [Fact]
    public void Match_UnknownPath_IsEmpty()
    {
        Assert.Empty(RouteTable.Match(new PathString("/api/not-a-route")));
    }
}
