namespace BorderScreening.Http.Routing;

/// <summary>A request body a route declares: its type and media type.</summary>
/// <param name="Type">The body's type.</param>
/// <param name="ContentType">Its media type.</param>
public sealed record RouteBody(Type Type, string ContentType)
{
    /// <summary>A JSON body of <typeparamref name="T"/>.</summary>
    public static RouteBody Json<T>() => new(typeof(T), "application/json");
}
