using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Review;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The label port on real Table Storage (Azurite), in the columns the label export reads.</summary>
public sealed class TableLabelStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static DecisionLabel Label(string outcome, int? label) =>
        new(Jurisdiction.SX, "case-1", "assessment-1", outcome, label, "Concern", "R1,R2", "Review.SX", At, "2026.11.1", "model-7");

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableLabelStore>(_services.Get<ILabelStore>());

    [Fact]
    public async Task Save_ASecondDecision_ReplacesTheFirstLabel()
    {
        var store = _services.Get<ILabelStore>();

        await store.SaveAsync(Label("ReferPolice", 1), CancellationToken.None);
        await store.SaveAsync(Label("InsufficientInformation", null), CancellationToken.None);

        var row = (await _services.Get<StorageTables>().Labels.GetEntityAsync<TableEntity>("SX", "case-1")).Value;
        Assert.Equal("InsufficientInformation", row.GetString("Outcome"));
        Assert.Null(row.GetInt32("Label"));
        Assert.Equal("assessment-1", row.GetString("AssessmentId"));
        Assert.Equal("R1,R2", row.GetString("ReasonCodes"));
        Assert.Equal(At, row.GetDateTimeOffset("DecidedAt"));
        Assert.Equal("model-7", row.GetString("ModelVersion"));
    }
}
