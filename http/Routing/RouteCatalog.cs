using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace BorderScreening.Http.Routing;

/// <summary>
/// A set of routes indexed for lookup: by key, by name and by request path. The security middleware
/// reads the route table through this type, so it depends on the routes it is given rather than on
/// the features that declare them.
/// </summary>
public sealed class RouteCatalog
{
    private readonly FrozenDictionary<string, RouteDefinition> _byKey;
    private readonly FrozenDictionary<string, RouteDefinition> _byName;
    private readonly (TemplateMatcher Matcher, RouteDefinition Route)[] _matchers;
    private readonly FrozenDictionary<string, TemplateMatcher> _matcherByKey;

    /// <summary>Indexes <paramref name="routes"/>; two entries with one key or one name refuse to start.</summary>
    public RouteCatalog(IReadOnlyList<RouteDefinition> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        All = routes;
        _byKey = Index(routes, r => r.Key);
        _byName = Index(routes, r => r.Name);
        _matchers = [.. routes.Select(r => (new TemplateMatcher(TemplateParser.Parse(r.Path.TrimStart('/')), []), r))];
        _matcherByKey = _matchers.ToFrozenDictionary(m => m.Route.Key, m => m.Matcher, StringComparer.Ordinal);
        Policies = routes.ToFrozenDictionary(r => r.Key, r => r.Policy, StringComparer.Ordinal);
    }

    /// <summary>Every route, in declaration order.</summary>
    public IReadOnlyList<RouteDefinition> All { get; }

    /// <summary>The policy of every route, by route key.</summary>
    public FrozenDictionary<string, RoutePolicy> Policies { get; }

    /// <summary>The route with key "METHOD /path-template", or null.</summary>
    public RouteDefinition? Find(string routeKey) => _byKey.GetValueOrDefault(routeKey);

    /// <summary>The route named <paramref name="name"/> (the function serving it has that name), or null.</summary>
    public RouteDefinition? FindByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The routes whose path template matches a concrete request path, whatever their method.</summary>
    public IReadOnlyList<RouteDefinition> Match(PathString path) =>
        [.. _matchers.Where(m => m.Matcher.TryMatch(path, [])).Select(m => m.Route)];

    /// <summary>
    /// The value of the route parameter <paramref name="name"/> in a concrete request path of the route
    /// <paramref name="routeKey"/>, or null when the path does not match that route. Read from the path
    /// itself, so both hosts (the Functions worker has no endpoint routing) see the same value.
    /// </summary>
    public string? RouteValue(string routeKey, PathString path, string name)
    {
        var values = new RouteValueDictionary();
        return _matcherByKey.TryGetValue(routeKey, out var matcher) && matcher.TryMatch(path, values)
            ? values[name]?.ToString()
            : null;
    }

    // Two entries with one key or one name would make lookups ambiguous.
    private static FrozenDictionary<string, RouteDefinition> Index(IEnumerable<RouteDefinition> routes, Func<RouteDefinition, string> key)
    {
        var index = new Dictionary<string, RouteDefinition>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            if (!index.TryAdd(key(route), route))
            {
                throw new InvalidOperationException($"The route table declares {key(route)} twice.");
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
