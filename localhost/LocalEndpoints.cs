using BorderScreening.Http.Routing;
using BorderScreening.Http.Api;

namespace BorderScreening.LocalHost;

/// <summary>
/// The local host's API routes: every entry of <see cref="RouteTable"/> with a handler, mapped with
/// its method, path and OpenAPI metadata (which feed the OpenAPI document). Nothing is mapped by
/// hand here; the Functions app serves the same entries (a test checks its attributes).
/// </summary>
public static class LocalEndpoints
{
    /// <summary>Maps every API route of the table.</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        foreach (var route in RouteTable.All.Where(r => r.Handler is not null && r.Hosts.HasFlag(RouteHosts.LocalHost)))
        {
            Describe(app.MapMethods(route.Path, [route.Method], route.Handler!), route);
        }

        return app;
    }

    private static void Describe(RouteHandlerBuilder endpoint, RouteDefinition route)
    {
        endpoint.WithName(route.Name);
        if (route.Tag is not null)
        {
            endpoint.WithTags(route.Tag);
        }

        if (route.Summary is not null)
        {
            endpoint.WithSummary(route.Summary);
        }

        if (route.Description is not null)
        {
            endpoint.WithDescription(route.Description);
        }

        if (route.Request is not null)
        {
            endpoint.Accepts(route.Request.Type, route.Request.ContentType);
        }

        foreach (var response in route.Responses)
        {
            if (response.IsProblem)
            {
                endpoint.ProducesProblem(response.Status);
            }
            else
            {
                endpoint.Produces(response.Status, response.Body, response.ContentType);
            }
        }
    }
}
