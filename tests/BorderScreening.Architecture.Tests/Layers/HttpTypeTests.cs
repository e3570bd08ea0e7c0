using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace BorderScreening.Architecture.Tests.Layers;

public sealed class HttpTypeTests
{
    /// <summary>
    /// Where ASP.NET Core types may appear: the HTTP project, the composition that wires it, the two
    /// hosts, and the CLI, whose <c>serve</c> command starts the local host.
    /// </summary>
    private static readonly string[] HttpAssemblies =
        ["BorderScreening.Http", "BorderScreening.Hosting", "BorderScreening.LocalHost", "BorderScreening.Functions", "BorderScreening.Cli"];

    [Fact]
    public void AspNetCoreTypes_AppearOnlyInTheHttpProjectAndTheHosts()
    {
        var outside = ProductArchitecture.AssemblyNames.Except(HttpAssemblies).Select(ProductArchitecture.Load).ToArray();

        IArchRule rule = Types().That().ResideInAssembly(outside[0], outside[1..])
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Microsoft\.AspNetCore(\..*)?$")
            .Because("requests and responses are adapted in BorderScreening.Http; services below it take plain arguments");

        rule.Check(ProductArchitecture.Instance);
    }
}
