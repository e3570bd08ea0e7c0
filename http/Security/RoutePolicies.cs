using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;

namespace BorderScreening.Http.Security;

/// <summary>
/// Who may call each route, looked up by route key ("METHOD /api/path-template", exactly as the
/// local host maps it and the Functions app declares it). The policies are declared with the routes
/// in the route table (<see cref="RouteCatalog"/>); a route that is not there is denied (fail closed) and the denial is
/// logged. Row-level rules (a reviewer sees only the jurisdictions of their review area) are checked
/// by the application services with the <see cref="Caller"/>.
/// </summary>
internal static class RoutePolicies
{
    /// <summary>The key of a route: upper-case method, a space, the path template starting with "/".</summary>
    public static string Key(string method, string template) => RouteDefinition.KeyOf(method, template);
}
