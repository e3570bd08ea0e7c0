using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Training.Baseline;
using BorderScreening.Model.Training.Evaluation;
using BorderScreening.TestSupport.Model;

namespace BorderScreening.Model.Training.Tests.Evaluation;

public sealed class ModelEvaluatorTests
{
    [Fact]
    public void Evaluate_TrainedModel_BeatsStandInRulesOnAuprc()
    {
        var report = RunEvaluation.Evaluate(TrainedModel.Run, StandInRulesScore.Score);

        Assert.True(report[EvaluationSystems.Candidate].Auprc > report[EvaluationSystems.Rules].Auprc,
            $"model {report[EvaluationSystems.Candidate].Auprc:F3} vs rules {report[EvaluationSystems.Rules].Auprc:F3}");
    }

    [Fact]
    public void Evaluate_Capacity_FlagsAtMostKPerJurisdictionDay()
    {
        var report = RunEvaluation.Evaluate(TrainedModel.Run, StandInRulesScore.Score);

        Assert.All(report[EvaluationSystems.Candidate].Capacity, c => Assert.True(c.Flagged <= Math.Max(c.Days, (int)Math.Ceiling(c.Records * c.ReviewShare) + c.Days)));
        Assert.Equal(6, report[EvaluationSystems.Candidate].Capacity.Count);
    }

    [Fact]
    public void Evaluate_FixedCapacity_FlagsTheTopKOfEachJurisdictionDay()
    {
        var template = ModelTestData.Examples.First(e => e.Record.Jurisdiction == Jurisdiction.AW).ToLabelled();
        var day1 = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var holdout = Enumerable.Range(0, 10)
            .Select(i => template with { ScreenedAt = day1.AddDays(i / 5), TrueLabel = i is 0 or 9 })
            .ToList();
        double[] scores = [0.9, 0.1, 0.2, 0.8, 0.3, 0.4, 0.5, 0.6, 0.7, 0.05];
        var options = new EvaluationOptions { DailyVolume = null, DailyCapacity = new Dictionary<Jurisdiction, int> { [Jurisdiction.AW] = 2 } };

        var aw = ModelEvaluator.Evaluate(holdout, [new ScoredSystem("s", scores, false)], options)["s"].Capacity.Single(c => c.Jurisdiction == "AW");

        Assert.Equal((2, 4, 2, 1), (aw.Days, aw.Flagged, aw.Positives, aw.TruePositives));
        Assert.Equal(0.5, aw.Recall);
    }

    [Fact]
    public void Evaluate_Fairness_CoversAllThreeAuditDimensions()
    {
        var report = RunEvaluation.Evaluate(TrainedModel.Run, StandInRulesScore.Score);

        Assert.Equal(["age band", "nationality group", "sex"], report[EvaluationSystems.Candidate].Fairness.Select(f => f.Dimension).Distinct().Order());
    }

    [Fact]
    public void Evaluate_WithActiveModel_AddsItAsThirdSystem()
    {
        var report = RunEvaluation.Evaluate(TrainedModel.Run, StandInRulesScore.Score, TrainedModel.Load());

        Assert.Equal(3, report.Systems.Count);
        Assert.Equal(report.Systems[0].Auprc, report.Systems[2].Auprc, 4);
    }

    [Fact]
    public void NationalityGroups_Of_MapsCoarsely()
    {
        Assert.Equal("Kingdom of the Netherlands", NationalityGroups.Of("cuw"));
        Assert.Equal("unknown", NationalityGroups.Of(null));
        Assert.Equal("other", NationalityGroups.Of("XYZ"));
    }

    [Fact]
    public async Task WriteAsync_ModelCard_WritesMarkdownJsonAndPlots()
    {
        var run = TrainedModel.Run;
        var report = RunEvaluation.Evaluate(run, StandInRulesScore.Score);
        var directory = Path.Combine(TrainedModel.Directory, "card");

        await ModelCardWriter.WriteAsync(directory, new ModelCard { Model = run.Metadata, Evaluation = report, Importance = run.PermutationImportance(), CandidateName = EvaluationSystems.Candidate });

        foreach (var file in (string[])["model-card.md", "model-card.json", "pr-curve.png", "roc-curve.png", "reliability.png", "importance.png"])
        {
            Assert.True(new FileInfo(Path.Combine(directory, file)).Length > 0, file);
        }

        var markdown = await File.ReadAllTextAsync(Path.Combine(directory, "model-card.md"));
        Assert.Contains(run.Metadata.ModelVersion, markdown, StringComparison.Ordinal);
        Assert.Contains(report[EvaluationSystems.Candidate].Auprc.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), markdown, StringComparison.Ordinal);
    }
}
