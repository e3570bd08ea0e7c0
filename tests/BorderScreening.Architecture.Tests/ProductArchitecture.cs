using ArchUnitNET.Loader;

namespace BorderScreening.Architecture.Tests;

/// <summary>
/// The product's assemblies loaded once for every rule. Loading takes a few seconds, so all tests
/// share one instance.
/// </summary>
internal static class ProductArchitecture
{
    /// <summary>Product assemblies by root namespace, innermost layer first (the order of docs/architecture.md).</summary>
    public static readonly IReadOnlyList<string> AssemblyNames =
    [
        "BorderScreening.Domain",
        "BorderScreening.Application",
        "BorderScreening.Model.Serving",
        "BorderScreening.Model.Synthetic",
        "BorderScreening.Model.Training",
        "BorderScreening.Adapters",
        "BorderScreening.Http",
        "BorderScreening.Hosting",
        "BorderScreening.LocalHost",
        "BorderScreening.Functions",
        "BorderScreening.Cli",
    ];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() =>
        new ArchLoader().LoadAssemblies([.. AssemblyNames.Select(Load)]).Build());

    public static ArchUnitNET.Domain.Architecture Instance => Loaded.Value;

    /// <summary>The assembly whose root namespace is <paramref name="name"/> (the CLI's file is named after its command).</summary>
    public static System.Reflection.Assembly Load(string name) =>
        System.Reflection.Assembly.Load(name == "BorderScreening.Cli" ? "screening" : name);
}
