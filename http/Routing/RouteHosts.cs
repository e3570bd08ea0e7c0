namespace BorderScreening.Http.Routing;

/// <summary>Which hosts serve a route.</summary>
[Flags]
public enum RouteHosts
{
    /// <summary>None (not used by a table entry).</summary>
    None = 0,

    /// <summary>The local host (Kestrel).</summary>
    LocalHost = 1,

    /// <summary>The Azure Functions app.</summary>
    Functions = 2,

    /// <summary>Both hosts.</summary>
    Both = LocalHost | Functions,
}
