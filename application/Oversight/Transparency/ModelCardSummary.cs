using System.Text.Json;

namespace BorderScreening.Application.Oversight.Transparency;

/// <summary>The part of a model card (model-card.json) the public page shows.</summary>
public sealed record ModelCardSummary
{
    /// <summary>Model version.</summary>
    public string ModelVersion { get; init; } = "";

    /// <summary>Trainer (LightGbm, FastTree).</summary>
    public string Trainer { get; init; } = "";

    /// <summary>When it was trained.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Where the training data came from.</summary>
    public string DataDescription { get; init; } = "";

    /// <summary>Number of model features.</summary>
    public int FeatureCount { get; init; }

    /// <summary>Area under the precision-recall curve on the holdout.</summary>
    public double HoldoutAuprc { get; init; }

    /// <summary>The rules-only baseline's AUPRC on the same holdout.</summary>
    public double? RulesOnlyAuprc { get; init; }

    /// <summary>Audit groups the card checked, and how many were flagged.</summary>
    public int FairnessGroups { get; init; }

    /// <summary>Audit groups flagged for disparity.</summary>
    public int FairnessFlagged { get; init; }

    /// <summary>Reads the summary from a model-card.json.</summary>
    public static ModelCardSummary Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Reads the summary from the text of a model-card.json.</summary>
    public static ModelCardSummary Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var model = root.GetProperty("model");
        var systems = root.TryGetProperty("evaluation", out var evaluation) && evaluation.TryGetProperty("systems", out var s) ? s.EnumerateArray().ToList() : [];
        var candidate = systems.FirstOrDefault(x => x.GetProperty("name").GetString() == "candidate");
        var rules = systems.FirstOrDefault(x => x.GetProperty("name").GetString() == "rules-only");
        var fairness = candidate.ValueKind == JsonValueKind.Object && candidate.TryGetProperty("fairness", out var f) ? f.EnumerateArray().ToList() : [];
        return new ModelCardSummary
        {
            ModelVersion = model.GetProperty("modelVersion").GetString() ?? "",
            Trainer = model.GetProperty("trainer").GetString() ?? "",
            CreatedAt = model.GetProperty("createdAt").GetDateTimeOffset(),
            DataDescription = root.TryGetProperty("dataDescription", out var d) ? d.GetString() ?? "" : "",
            FeatureCount = model.GetProperty("featureNames").GetArrayLength(),
            HoldoutAuprc = model.GetProperty("holdoutAuprc").GetDouble(),
            RulesOnlyAuprc = rules.ValueKind == JsonValueKind.Object ? rules.GetProperty("auprc").GetDouble() : null,
            FairnessGroups = fairness.Count,
            FairnessFlagged = fairness.Count(x => x.TryGetProperty("flagged", out var flagged) && flagged.ValueKind == JsonValueKind.True),
        };
    }
}
