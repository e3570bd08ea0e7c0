using BorderScreening.Domain.Scoring;
using BorderScreening.TestSupport.Model;

namespace BorderScreening.Model.Serving.Tests;

public sealed class SwappableRiskModelTests
{
    private sealed class FixedModel(string version, double probability, Action? during = null, bool fail = false) : IRiskModel
    {
        public string Version => version;

        public ModelOutput Predict(ScreeningContext context)
        {
            during?.Invoke();
            return fail ? throw new InvalidOperationException("broken") : new ModelOutput { ModelVersion = version, Probability = probability };
        }

        public ModelOutput PredictWithContributions(ScreeningContext context, int top = 8) => Predict(context);
    }

    private static ScreeningContext Context => ModelTestData.Examples[0].ToContext();

    [Fact]
    public void Swap_NewModel_UsedByNextCallAndOldReturned()
    {
        var first = new FixedModel("v1", 0.1);
        var holder = new SwappableRiskModel(first);

        var previous = holder.Swap(new FixedModel("v2", 0.2));

        Assert.Same(first, previous);
        Assert.Equal("v2", holder.Predict(Context).ModelVersion);
        Assert.Equal("v2", holder.Version);
    }

    [Fact]
    public void Swap_DuringCall_InFlightCallFinishesOnOldModel()
    {
        SwappableRiskModel? holder = null;
        var old = new FixedModel("v1", 0.1, during: () => holder!.Swap(new FixedModel("v2", 0.9)));
        holder = new SwappableRiskModel(old);

        var output = holder.Predict(Context);

        Assert.Equal("v1", output.ModelVersion);
        Assert.Equal("v2", holder.Predict(Context).ModelVersion);
    }

    [Fact]
    public void PredictWithShadow_ShadowScores_ReportedButOutputUnchanged()
    {
        var seen = new List<ShadowOutput>();
        var holder = new SwappableRiskModel(new FixedModel("v1", 0.1), new FixedModel("v2", 0.95), seen.Add);

        var (output, shadow) = holder.PredictWithShadow(Context);

        Assert.Equal(0.1, output.Probability);
        Assert.Equal(new ShadowOutput("v1", 0.1, "v2", 0.95, null), shadow);
        Assert.Single(seen);
    }

    [Fact]
    public void Predict_ShadowThrows_ActiveOutputStillReturned()
    {
        var seen = new List<ShadowOutput>();
        var holder = new SwappableRiskModel(new FixedModel("v1", 0.3), new FixedModel("bad", 0, fail: true), seen.Add);

        var output = holder.Predict(Context);

        Assert.Equal(0.3, output.Probability);
        Assert.Equal("InvalidOperationException", seen.Single().Error);
    }

    [Fact]
    public void SetShadow_Null_StopsShadowScoring()
    {
        var seen = new List<ShadowOutput>();
        var holder = new SwappableRiskModel(new FixedModel("v1", 0.3), new FixedModel("v2", 0.5), seen.Add);

        holder.SetShadow(null);
        holder.Predict(Context);

        Assert.Empty(seen);
        Assert.Null(holder.Shadow);
    }

    [Fact]
    public void Swap_ConcurrentWithPredictions_NeverMixesOrFails()
    {
        var holder = new SwappableRiskModel(new FixedModel("v0", 0));
        var versions = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.Invoke(
            () => { for (var i = 1; i <= 500; i++) { holder.Swap(new FixedModel($"v{i}", i)); } },
            () => { for (var i = 0; i < 2_000; i++) { var o = holder.Predict(Context); Assert.Equal(o.ModelVersion, $"v{(int)o.Probability}"); versions.Add(o.ModelVersion); } });

        Assert.Equal("v500", holder.Version);
    }
}
