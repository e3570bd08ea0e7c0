namespace BorderScreening.Architecture.Tests.Features;

public sealed class FeatureCycleTests
{
    public static TheoryData<string> Assemblies => [.. ProductArchitecture.AssemblyNames];

    /// <summary>Feature folders (the first namespace segment below the project's root) depend one way only.</summary>
    [Theory]
    [MemberData(nameof(Assemblies))]
    public void FeatureFolders_FormNoCycle(string assembly)
    {
        var graph = FeatureGraph.For(ProductArchitecture.Instance, assembly);

        var cycles = graph.Cycles();

        Assert.True(
            cycles.Count == 0,
            string.Join(Environment.NewLine, cycles.Select(cycle =>
                $"Cycle between {string.Join(", ", cycle)}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", graph.Explain(cycle))}")));
    }

    [Fact]
    public void FeatureGraph_SeesTheOneWayEdgeFromWorklistToCases()
    {
        // The graph is only as good as its dependency data: the application layer's Cases and
        // Worklist features must show the one-way edge the layout relies on.
        var graph = FeatureGraph.For(ProductArchitecture.Instance, "BorderScreening.Application");

        Assert.Contains(graph.Explain(["Worklist", "Cases"]), edge => edge.StartsWith("Worklist -> Cases", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Explain(["Worklist", "Cases"]), edge => edge.StartsWith("Cases -> Worklist", StringComparison.Ordinal));
    }
}
