using System.Reflection;
using BorderScreening.Functions.Http;
using BorderScreening.Functions.Screening;
using BorderScreening.Http.Routing;
using Microsoft.Azure.Functions.Worker;
using BorderScreening.Http.Api;

namespace BorderScreening.Functions.Tests.Http;

/// <summary>
/// The Functions host needs its routes as <see cref="HttpTriggerAttribute"/>s; these tests hold
/// every attribute to <see cref="RouteTable"/>, so the table stays the one place routes are declared.
/// </summary>
public class FunctionRoutesTests
{
    private sealed record HttpFunction(string Name, IReadOnlyList<string> Methods, string Route)
    {
        public IEnumerable<string> Keys => Methods.Select(m => RouteDefinition.KeyOf(m, "/api/" + Route));
    }

    private static IReadOnlyList<HttpFunction> HttpFunctions() =>
    [
        .. typeof(ScreeningFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>(), Triggers: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>()))
            .Where(x => x.Function is not null)
            .SelectMany(x => x.Triggers.Select(t => new HttpFunction(x.Function!.Name, t.Methods ?? [], t.Route ?? ""))),
    ];

    private static IEnumerable<RouteDefinition> FunctionsRoutes() => RouteTable.All.Where(r => r.Hosts.HasFlag(RouteHosts.Functions));

    public static TheoryData<string> FunctionNames => [.. HttpFunctions().Select(f => f.Name)];

    public static TheoryData<string> TableNames => [.. FunctionsRoutes().Select(r => r.Name)];

    [Fact]
    public void HttpFunctions_AreFound()
    {
        Assert.NotEmpty(HttpFunctions());
    }

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public void HttpTrigger_EachFunction_DeclaresOneMethodAndTheRouteOfItsTableEntry(string name)
    {
        var function = Assert.Single(HttpFunctions(), f => f.Name == name);
        var key = Assert.Single(function.Keys);

        var entries = FunctionsRoutes().Where(r => r.Key == key).ToList();

        var entry = Assert.Single(entries);
        Assert.Equal(name, entry.Name);
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void RouteTable_EachFunctionsEntry_HasExactlyOneFunction(string name)
    {
        var route = RouteTable.FindByName(name)!;

        var functions = HttpFunctions().Where(f => f.Keys.Contains(route.Key)).ToList();

        Assert.Equal(name, Assert.Single(functions).Name);
    }

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public void KeyOf_EachHttpFunction_IsItsTableEntrysKey(string name)
    {
        var function = HttpFunctions().Single(f => f.Name == name);

        Assert.Equal(function.Keys.Single(), FunctionRoutes.KeyOf(name, function.Methods.Single()));
    }

    [Fact]
    public void KeyOf_TimerFunction_IsNull()
    {
        Assert.Null(FunctionRoutes.KeyOf("RelayOutbox", "GET"));
    }

    [Fact]
    public void KeyOf_OtherMethodThanTheTables_IsNull()
    {
        Assert.Null(FunctionRoutes.KeyOf("PostScreenings", "GET"));
    }

    [Fact]
    public void KeyOf_LocalHostOnlyRoute_IsNull()
    {
        Assert.Null(FunctionRoutes.KeyOf(RouteTable.TransparencyPage.Name, "GET"));
    }
}
