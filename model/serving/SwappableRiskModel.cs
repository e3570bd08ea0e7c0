using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Model.Serving;

/// <summary>
/// Holds the active model (and optionally a shadow) and swaps them atomically without a restart.
/// Each call reads the pair once, so calls in flight finish on the model they started with.
/// The shadow is scored alongside; its result (or failure) is reported and never changes the output.
/// </summary>
public sealed class SwappableRiskModel : IShadowingRiskModel
{
    private sealed record Slot(IRiskModel Active, IRiskModel? Shadow);

    private readonly Action<ShadowOutput>? _onShadow;
    private Slot _slot;

    /// <summary>Starts with <paramref name="active"/>; <paramref name="onShadow"/> receives every shadow comparison.</summary>
    public SwappableRiskModel(IRiskModel active, IRiskModel? shadow = null, Action<ShadowOutput>? onShadow = null)
    {
        ArgumentNullException.ThrowIfNull(active);
        _slot = new Slot(active, shadow);
        _onShadow = onShadow;
    }

    /// <summary>The model in service.</summary>
    public IRiskModel Active => Volatile.Read(ref _slot).Active;

    /// <summary>The model scored in shadow, if any.</summary>
    public IRiskModel? Shadow => Volatile.Read(ref _slot).Shadow;

    /// <inheritdoc />
    public string Version => Active.Version;

    /// <summary>Makes <paramref name="model"/> active; returns the model it replaced.</summary>
    public IRiskModel Swap(IRiskModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var activity = ScreeningTelemetry.Source.StartActivity("model.swap");
        while (true)
        {
            var current = Volatile.Read(ref _slot);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _slot, current with { Active = model }, current), current))
            {
                activity?.SetTag("model.version.from", current.Active.Version);
                activity?.SetTag("model.version", model.Version);
                return current.Active;
            }
        }
    }

    /// <summary>Sets (or with null, removes) the shadow model; returns the one it replaced.</summary>
    public IRiskModel? SetShadow(IRiskModel? model)
    {
        while (true)
        {
            var current = Volatile.Read(ref _slot);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _slot, current with { Shadow = model }, current), current))
            {
                return current.Shadow;
            }
        }
    }

    /// <inheritdoc />
    public ModelOutput Predict(ScreeningContext context) => PredictWithShadow(context).Output;

    /// <inheritdoc />
    /// <remarks>Active model only: the pipeline asks for contributions after it has scored the shadow once.</remarks>
    public ModelOutput PredictWithContributions(ScreeningContext context, int top = 8) => Active.PredictWithContributions(context, top);

    /// <inheritdoc />
    public ShadowedPrediction PredictWithShadowOutput(ScreeningContext context)
    {
        var (output, shadow) = PredictWithShadow(context);
        return new ShadowedPrediction(output, shadow is { ShadowProbability: { } p }
            ? new ModelOutput { ModelVersion = shadow.ShadowVersion, Probability = p }
            : null);
    }

    /// <summary>Scores with the active model and, when set, the shadow; the shadow never changes <c>Output</c>.</summary>
    public (ModelOutput Output, ShadowOutput? Shadow) PredictWithShadow(ScreeningContext context, bool explain = false, int top = 8)
    {
        var slot = Volatile.Read(ref _slot);
        var output = explain ? slot.Active.PredictWithContributions(context, top) : slot.Active.Predict(context);
        if (slot.Shadow is not { } shadow)
        {
            return (output, null);
        }

        ShadowOutput result;
        try
        {
            result = new ShadowOutput(output.ModelVersion, output.Probability, shadow.Version, shadow.Predict(context).Probability, null);
        }
#pragma warning disable CA1031 // A failing shadow must never fail the screening; the failure is reported instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            result = new ShadowOutput(output.ModelVersion, output.Probability, shadow.Version, null, ex.GetType().Name);
        }

        _onShadow?.Invoke(result);
        return (output, result);
    }
}
