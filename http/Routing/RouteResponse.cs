namespace BorderScreening.Http.Routing;

/// <summary>One documented answer of a route.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">Type of the body, or null when the document names none.</param>
/// <param name="ContentType">Media type, or null for the default (JSON).</param>
/// <param name="IsProblem">An RFC 7807 problem (application/problem+json).</param>
public sealed record RouteResponse(int Status, Type? Body = null, string? ContentType = null, bool IsProblem = false)
{
    /// <summary>200 with a <typeparamref name="T"/>.</summary>
    public static RouteResponse Ok<T>() => new(200, typeof(T));

    /// <summary><paramref name="status"/> with a <typeparamref name="T"/>.</summary>
    public static RouteResponse Of<T>(int status) => new(status, typeof(T));

    /// <summary><paramref name="status"/> without a documented body type.</summary>
    public static RouteResponse Untyped(int status, string? contentType = null) => new(status, null, contentType);

    /// <summary>A problem with <paramref name="status"/>.</summary>
    public static RouteResponse Problem(int status) => new(status, IsProblem: true);
}
