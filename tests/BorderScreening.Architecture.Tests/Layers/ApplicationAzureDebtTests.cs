using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace BorderScreening.Architecture.Tests.Layers;

/// <summary>
/// The application layer still reaches Azure Tables and Blobs directly in the types listed here
/// (stores and the services that page or lease rows); moving them behind ports in the adapters
/// project is open work (issue 15's closing note). The list may only shrink: a new type that takes
/// an Azure SDK type fails, and a listed type that no longer needs one must leave the list.
/// </summary>
public sealed class ApplicationAzureDebtTests
{
    private const string AzureNamespace = @"^Azure(\..*)?$";

    private static readonly string[] Debt =
    [
        "BorderScreening.Application.Assessments.AssessmentStore",
        "BorderScreening.Application.Assessments.OutboxEntry",
        "BorderScreening.Application.Cases.WorklistStore",
        "BorderScreening.Application.Drops.FileDropService",
        "BorderScreening.Application.Retention.RetentionService",
        "BorderScreening.Application.Review.CaseReviewService",
        "BorderScreening.Application.Signals.SignalRelay",
        "BorderScreening.Application.Signals.SignalStore",
        "BorderScreening.Application.Signals.StoredSignal",
        "BorderScreening.Application.Storage.StorageTables",
        "BorderScreening.Application.Worklist.WorklistService",
    ];

    [Fact]
    public void ApplicationTypes_OutsideTheDebtList_DoNotTouchTheAzureSdk()
    {
        IArchRule rule = Types().That().ResideInAssembly(ProductArchitecture.Load("BorderScreening.Application"))
            .And().DoNotHaveFullNameMatching($"^({string.Join('|', Debt.Select(System.Text.RegularExpressions.Regex.Escape))})(\\+.*|<.*)?$")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(AzureNamespace)
            .Because("storage belongs behind ports implemented in BorderScreening.Adapters");

        rule.Check(ProductArchitecture.Instance);
    }

    [Fact]
    public void EveryDebtEntry_StillDependsOnTheAzureSdk()
    {
        var types = ProductArchitecture.Instance.Types
            .Where(type => type.FullName.StartsWith("BorderScreening.Application.", StringComparison.Ordinal))
            .ToDictionary(type => type.FullName);

        var paidOff = Debt.Where(name =>
                !types.TryGetValue(name, out var type)
                || !type.GetTypeDependencies().Any(dependency => dependency.Namespace.FullName.StartsWith("Azure", StringComparison.Ordinal)))
            .ToArray();

        Assert.True(paidOff.Length == 0, $"Remove from the debt list (gone or free of Azure): {string.Join(", ", paidOff)}");
    }
}
