namespace BorderScreening.Http.Routing;

/// <summary>
/// One route of the API, declared once in <c>RouteTable</c>: method, path, who may call it,
/// the handler both hosts run, and what the OpenAPI document says about it. The local host maps it
/// from here; the Functions app declares the same method and path on a function named
/// <see cref="Name"/> (a test holds the two together).
/// </summary>
public sealed record RouteDefinition
{
    /// <summary>Operation id in the OpenAPI document, endpoint name, and the name of the function that serves it.</summary>
    public required string Name { get; init; }

    /// <summary>Upper-case HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>Path template starting with "/" (for example <c>/api/review/{jurisdiction}/cases</c>).</summary>
    public required string Path { get; init; }

    /// <summary>Who may call it.</summary>
    public required RoutePolicy Policy { get; init; }

    /// <summary>OpenAPI tag.</summary>
    public string? Tag { get; init; }

    /// <summary>OpenAPI summary.</summary>
    public string? Summary { get; init; }

    /// <summary>OpenAPI description, when the summary is not enough.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The JSON body the route declares, or null. The local host gives it to routing as Accepts
    /// metadata; when routing refuses a request's media type for it, the security middleware still
    /// checks the caller and the rate limit first and answers 415 last. Routes reading other media
    /// types (EDIFACT, CSV, a zip, a catalogue file) declare none and check the media type in their API class.
    /// </summary>
    public RouteBody? Request { get; init; }

    /// <summary>The query parameters it reads, in the order the OpenAPI document lists them.</summary>
    public IReadOnlyList<RouteQuery> Query { get; init; } = [];

    /// <summary>The answers it documents, in the order the OpenAPI document lists them.</summary>
    public IReadOnlyList<RouteResponse> Responses { get; init; } = [];

    /// <summary>
    /// The minimal-API handler calling the shared API class, or null for a route each host serves
    /// its own way (the OpenAPI document, the transparency page).
    /// </summary>
    public Delegate? Handler { get; init; }

    /// <summary>The hosts that serve it.</summary>
    public RouteHosts Hosts { get; init; } = RouteHosts.Both;

    /// <summary>"METHOD /path", the key the security layer looks policies up by.</summary>
    public string Key => KeyOf(Method, Path);

    /// <summary>The key of a route: upper-case method, a space, the path template starting with "/".</summary>
    public static string KeyOf(string method, string template)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(template);
        return $"{method.ToUpperInvariant()} /{template.TrimStart('/')}";
    }
}
