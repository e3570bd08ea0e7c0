using BorderScreening.Http.Routing;
using BorderScreening.Http.Api;

namespace BorderScreening.Functions.Http;

/// <summary>
/// The route of each HTTP function, found in <see cref="RouteTable"/> by the function's name (a test
/// checks every <c>[HttpTrigger]</c> against the table), so the worker middleware looks up policies
/// with the same keys as the local host.
/// </summary>
public static class FunctionRoutes
{
    /// <summary>
    /// "METHOD /api/template" of a call to an HTTP function, or null when the table has no route of
    /// that name and method for the Functions app (the call is then refused).
    /// </summary>
    public static string? KeyOf(string functionName, string method) =>
        RouteTable.FindByName(functionName) is { } route
            && route.Hosts.HasFlag(RouteHosts.Functions)
            && string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase)
            ? route.Key
            : null;
}
