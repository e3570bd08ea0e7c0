using BorderScreening.Http.Catalogues;
using BorderScreening.Http.Fieldwork;
using BorderScreening.Http.Health;
using BorderScreening.Http.Models;
using BorderScreening.Http.Oversight;
using BorderScreening.Http.Outcomes;
using BorderScreening.Http.Review;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Screening;
using BorderScreening.Http.Supervision;
using BorderScreening.Http.Watchlists;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Api;

/// <summary>
/// THE route table: every route either host serves, declared once with its method, path, policy,
/// handler and OpenAPI metadata (the entries live next to their API classes, one list per feature).
/// The local host maps it; the Functions app's <c>[HttpTrigger]</c> attributes are checked against
/// it by a test; <see cref="BorderScreening.Http.Security.RoutePolicies"/>, the OpenAPI document and the authorization matrix
/// test are derived from it. A request for a route that is not here is refused in both hosts.
/// Adding a route means adding an entry here (and its function, which the test demands).
/// </summary>
public static class RouteTable
{
    /// <summary>GET /api/openapi.json: the API description, served by each host its own way.</summary>
    public static RouteDefinition OpenApiDocument { get; } = new()
    {
        Name = "GetOpenApiDocument", Method = "GET", Path = "/api/openapi.json", Policy = RoutePolicy.Anonymous,
    };

    /// <summary>GET /transparency: the public transparency page (local host; docs/transparency.md in Azure).</summary>
    public static RouteDefinition TransparencyPage { get; } = new()
    {
        Name = "GetTransparencyPage", Method = "GET", Path = "/transparency", Policy = RoutePolicy.Anonymous, Hosts = RouteHosts.LocalHost,
    };

    /// <summary>Every route, API routes in the order of the OpenAPI document, then the hosts' own.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        .. ScreeningRoutes.All,
        .. HealthRoutes.All,
        .. ReviewRoutes.All,
        .. FieldworkRoutes.All,
        .. OversightRoutes.All,
        .. SignalPartnerRoutes.All,
        .. PartnerOutcomeRoutes.All,
        .. SupervisionRoutes.All,
        .. CatalogueRoutes.All,
        .. ModelRoutes.All,
        .. WatchlistRoutes.All,
        OpenApiDocument,
        TransparencyPage,
    ];

    /// <summary>The table indexed for lookups by the security middleware and the hosts.</summary>
    public static RouteCatalog Catalog { get; } = new(All);

    /// <summary>The entry of a route key, or null when the route is not listed.</summary>
    public static RouteDefinition? Find(string routeKey) => Catalog.Find(routeKey);

    /// <summary>The entry with this name (the Functions function name), or null.</summary>
    public static RouteDefinition? FindByName(string name) => Catalog.FindByName(name);

    /// <summary>Every entry whose path template matches <paramref name="path"/>, whatever the method.</summary>
    public static IReadOnlyList<RouteDefinition> Match(PathString path) => Catalog.Match(path);
}
