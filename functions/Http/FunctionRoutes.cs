using System.Collections.Frozen;
using System.Reflection;
using BorderScreening.Core.Security;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Http;

/// <summary>
/// The route template of each HTTP function, read once from the <see cref="HttpTriggerAttribute"/>s,
/// so the worker middleware looks up <see cref="RoutePolicies"/> with the same keys as the local host.
/// </summary>
public static class FunctionRoutes
{
    private static readonly FrozenDictionary<string, string> Templates = typeof(FunctionRoutes).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods())
        .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().FirstOrDefault()))
        .Where(x => x.Function is not null && x.Trigger?.Route is not null)
        .ToFrozenDictionary(x => x.Function!.Name, x => "/api/" + x.Trigger!.Route!.TrimStart('/'), StringComparer.Ordinal);

    /// <summary>"METHOD /api/template" of a call to an HTTP function, or null for other functions.</summary>
    public static string? KeyOf(string functionName, string method) =>
        Templates.TryGetValue(functionName, out var template) ? RoutePolicies.Key(method, template) : null;
}
