namespace BorderScreening.Model.Serving.Evaluation;

/// <summary>How much holdout AUPRC and ROC AUC drop when the feature is shuffled.</summary>
public sealed record FeatureImportance(string Feature, double AuprcDrop, double RocAucDrop);
