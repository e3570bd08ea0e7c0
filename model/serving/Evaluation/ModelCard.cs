using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Model.Serving.Artifacts;

namespace BorderScreening.Model.Serving.Evaluation;

/// <summary>Everything a model card shows; written as model-card.json next to model-card.md.</summary>
public sealed record ModelCard
{
    /// <summary>File name of the card's figures next to the model.</summary>
    public const string JsonFile = "model-card.json";

    /// <summary>Options to read a model-card.json back ("NaN" stands for a figure without data).</summary>
    public static JsonSerializerOptions ReadOptions { get; } = new(ScreeningJson.Options)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public required ModelMetadata Model { get; init; }
    public required EvaluationReport Evaluation { get; init; }
    public IReadOnlyList<FeatureImportance> Importance { get; init; } = [];

    /// <summary>Name of the system in <see cref="Evaluation"/> that is the candidate model.</summary>
    public string CandidateName { get; init; } = "candidate";

    /// <summary>How the rules-only baseline was computed (real catalogue or stand-in).</summary>
    public string RulesBaseline { get; init; } = "";

    /// <summary>Where the data came from and what it assumes.</summary>
    public string DataDescription { get; init; } = "";

    /// <summary>
    /// The rules' recall estimated from the random review sample, with its 95% interval; null when the
    /// data holds no random checks (synthetic data, or before the sample was turned on).
    /// </summary>
    public RandomSampleRecall? RandomSampleRecall { get; init; }
}
