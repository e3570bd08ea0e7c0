using System.Reflection;
using BorderScreening.Cli.LocalHost;
using BorderScreening.Functions.Screening;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Tests.Routes;

public class RouteParityTests
{
    /// <summary>Every HTTP route the Functions app declares, as "METHOD /api/path".</summary>
    public static SortedSet<string> FunctionRoutes()
    {
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var method in typeof(ScreeningFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is null)
            {
                continue;
            }

            foreach (var trigger in method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>())
            {
                foreach (var verb in trigger.Methods ?? [])
                {
                    routes.Add($"{verb.ToUpperInvariant()} /api/{trigger.Route}");
                }
            }
        }

        return routes;
    }

    /// <summary>Every route the local host maps, in the same form.</summary>
    public static SortedSet<string> LocalHostRoutes()
    {
        var app = LocalHostFactory.Create([], new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Privacy:KeyFile"] = Path.Combine(Path.GetTempPath(), "route-parity", "key"),
        });
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!path.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var verb in methods)
            {
                routes.Add($"{verb} {path}");
            }
        }

        return routes;
    }

    [Fact]
    public void FunctionsAndLocalHost_DeclareTheSameApiRoutes()
    {
        var functions = FunctionRoutes();
        var local = LocalHostRoutes();

        Assert.NotEmpty(functions);
        Assert.Equal(functions, local);
    }
}
