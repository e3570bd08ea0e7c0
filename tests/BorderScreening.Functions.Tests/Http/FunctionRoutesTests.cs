using System.Reflection;
using BorderScreening.Core.Security;
using BorderScreening.Functions.Http;
using BorderScreening.Functions.Tests.Routes;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Tests.Http;

public class FunctionRoutesTests
{
    [Fact]
    public void KeyOf_EveryHttpFunction_ResolvesToItsDeclaredRouteWithAPolicy()
    {
        // The worker middleware looks policies up by function name and request method.
        var resolved = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var method in typeof(FunctionRoutes).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            var function = method.GetCustomAttribute<FunctionAttribute>();
            var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().FirstOrDefault();
            if (function is null || trigger is null)
            {
                continue;
            }

            foreach (var verb in trigger.Methods ?? [])
            {
                resolved.Add(FunctionRoutes.KeyOf(function.Name, verb) ?? $"(unresolved {function.Name})");
            }
        }

        Assert.Equal(RouteParityTests.FunctionRoutes(), resolved);
        Assert.All(resolved, r => Assert.True(RoutePolicies.Find(r) is not null, r + " has no RoutePolicies entry"));
    }

    [Fact]
    public void KeyOf_TimerFunction_IsNull()
    {
        Assert.Null(FunctionRoutes.KeyOf("RelayOutbox", "GET"));
    }
}
