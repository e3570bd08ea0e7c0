using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;

namespace BorderScreening.Http.Security;

/// <summary>
/// Who may call each route, looked up by route key ("METHOD /api/path-template", exactly as the
/// local host maps it and the Functions app declares it). The policies are declared with the routes
/// in the route table (<see cref="RouteCatalog"/>); a route that is not there is denied (fail closed) and the denial is
/// logged. Routes of one jurisdiction carry it in their policy (<see cref="RoutePolicy.PerJurisdiction"/>,
/// checked by <see cref="ScreeningAuthMiddleware"/>); row-level rules whose jurisdiction is in the data
/// (an assessment, audit entries) are checked by the services and API classes with the <see cref="Caller"/>.
/// </summary>
internal static class RoutePolicies
{
    /// <summary>The key of a route: upper-case method, a space, the path template starting with "/".</summary>
    public static string Key(string method, string template) => RouteDefinition.KeyOf(method, template);
}
