using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace BorderScreening.Architecture.Tests.Layers;

public sealed class LayerDependencyTests
{
    public static TheoryData<LayerRule> Rules => [.. LayerRules.All];

    [Fact]
    public void EveryProductAssembly_HasALayerRule() =>
        Assert.Equal(
            ProductArchitecture.AssemblyNames.Order(),
            LayerRules.All.Select(rule => rule.Assembly).Order());

    [Theory]
    [MemberData(nameof(Rules))]
    public void Layer_DependsOnlyInwards(LayerRule rule)
    {
        var forbidden = rule.ForbiddenAssemblies.Select(NamespacePattern)
            .Concat(rule.ForbiddenNamespaces.Select(NamespacePattern))
            .ToArray();

        IArchRule check = Types().That().ResideInAssembly(ProductArchitecture.Load(rule.Assembly))
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(string.Join('|', forbidden))
            .Because($"{rule.Assembly} sits inside the layers it must not reach (docs/architecture.md)");

        check.Check(ProductArchitecture.Instance);
    }

    /// <summary>The namespace itself and everything below it, never a longer name that merely starts the same.</summary>
    private static string NamespacePattern(string root) => $@"^{System.Text.RegularExpressions.Regex.Escape(root)}(\..*)?$";
}
