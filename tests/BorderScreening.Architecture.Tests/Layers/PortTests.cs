using System.Reflection;

namespace BorderScreening.Architecture.Tests.Layers;

/// <summary>
/// The application layer reaches storage, queues and keys only through ports (interfaces), and
/// every port has its Azure implementation in the adapters project, so the layer rule that bans the
/// Azure SDK from the application layer cannot be met by leaving a capability unimplemented.
/// </summary>
public sealed class PortTests
{
    // Interfaces the application layer declares for the world outside it (storage, queues, clock-free I/O).
    private static readonly string[] PortSuffixes = ["Store", "Storage", "Source", "Log", "Queue", "Probe", "Counter"];

    // Ports implemented outside the adapters on purpose: the served model version comes from the model
    // registry (model serving owns its registry), and backtest samples are generated data.
    private static readonly Dictionary<string, string> ImplementedElsewhere = new(StringComparer.Ordinal)
    {
        ["IServedVersionSource"] = "BorderScreening.Model.Serving",
        ["IBacktestSampleSource"] = "BorderScreening.Model.Synthetic",
    };

    public static TheoryData<string> Ports()
    {
        var data = new TheoryData<string>();
        foreach (var port in ApplicationPorts())
        {
            data.Add(port.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ports))]
    public void EveryPort_HasAnAdapterImplementation(string portName)
    {
        var port = ApplicationPorts().Single(p => p.FullName == portName);
        var home = ImplementedElsewhere.GetValueOrDefault(port.Name, "BorderScreening.Adapters");
        var implementations = ProductArchitecture.Load(home).GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && port.IsAssignableFrom(t))
            .ToList();

        Assert.True(implementations.Count > 0, $"{port.Name} has no implementation in {home}");
    }

    [Fact]
    public void TheApplicationLayer_DeclaresItsStoragePorts()
    {
        // Guards the theory above against finding nothing (a renamed assembly would make it vacuous).
        var names = ApplicationPorts().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "IAssessmentStore", "IWorklistStore", "ISignalStore", "IRetentionStore", "IDropStore", "IStorageProbe" }, names);
    }

    [Fact]
    public void TheApplicationAssembly_ReferencesNoAzureSdk()
    {
        var references = ProductArchitecture.Load("BorderScreening.Application").GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => name.StartsWith("Azure", StringComparison.Ordinal) || name.StartsWith("Microsoft.Azure", StringComparison.Ordinal))
            .ToList();

        Assert.True(references.Count == 0, $"BorderScreening.Application references {string.Join(", ", references)}");
    }

    private static IEnumerable<Type> ApplicationPorts() =>
        ProductArchitecture.Load("BorderScreening.Application").GetTypes()
            .Where(t => t is { IsInterface: true, IsPublic: true } && PortSuffixes.Any(suffix => t.Name.EndsWith(suffix, StringComparison.Ordinal)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
