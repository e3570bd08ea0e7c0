using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport.Model;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Model.Training.Tests;

public sealed class LabelImportTests
{
    [Fact]
    public async Task Train_OnAMinimisedLabelExportReadBack_ScoresTheHoldoutAsOnTheDepersonalisedRecords()
    {
        // The same labelled decisions, once as the export used to give them (depersonalised record,
        // exact times) and once as it gives them now (minimised, months), written and imported again.
        var labelled = ModelTestData.Examples.Select(e => e.ToLabelled("review:CW", "decision")).ToList();
        var depersonalised = labelled.Select(e => e with { Record = Depersonalisation.Of(e.Record) }).ToList();
        var minimised = labelled.Select(e => e with
        {
            Record = LabelMinimisation.Record(e.Record, e.ScreenedAt),
            ScreenedAt = LabelMinimisation.Month(e.ScreenedAt),
        }).ToList();
        using var file = new MemoryStream();
        await LabelledExampleJsonLines.WriteAsync(file, minimised);
        file.Position = 0;
        var imported = await LabelledExampleJsonLines.ReadAsync(file);
        var trainer = new ModelTrainer(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));

        var before = trainer.Train(depersonalised, TrainedModel.FastOptions);
        var after = trainer.Train(imported, TrainedModel.FastOptions);

        Assert.Equal(labelled.Count, imported.Count);
        Assert.Equal(before.Metadata.TrainPositives, after.Metadata.TrainPositives);
        Assert.Equal(before.HoldoutProbabilities, after.HoldoutProbabilities);
    }
}
