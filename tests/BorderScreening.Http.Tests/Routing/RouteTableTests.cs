using System.Reflection;
using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

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

    // Every type a declared request body can hold, through properties, lists and derived record kinds.
    private static IEnumerable<Type> Reachable(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type) || type == typeof(string) || type.IsPrimitive)
        {
            yield break;
        }

        yield return type;
        IEnumerable<Type> next =
        [
            .. type.IsGenericType ? type.GetGenericArguments() : [],
            .. type.IsArray ? [type.GetElementType()!] : Array.Empty<Type>(),
            .. type.GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType),
            .. type.Namespace?.StartsWith("BorderScreening", StringComparison.Ordinal) == true
                ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.PropertyType)
                : [],
        ];
        foreach (var child in next)
        {
            foreach (var found in Reachable(child, seen))
            {
                yield return found;
            }
        }
    }

    [Fact]
    public void EveryEnumerationInARequestBody_IsReadByNameOnly()
    {
        var seen = new HashSet<Type>();
        var enums = RouteTable.All.Where(r => r.Request is not null)
            .SelectMany(r => Reachable(r.Request!.Type, seen))
            .Where(t => t.IsEnum)
            .ToList();

        // A new enumeration with the framework's converter (or none) would read "12345" as a value.
        Assert.Contains(typeof(Direction), enums);
        Assert.All(enums.Where(t => t != typeof(Jurisdiction)), t => Assert.NotNull(StrictEnumSchema.Names(t)));
    }
}
