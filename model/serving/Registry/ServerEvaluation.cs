namespace BorderScreening.Model.Serving.Registry;

/// <summary>
/// The server's own evaluation of a model, stored with it; the promotion gates read
/// <see cref="Figures"/>, never the uploaded card's.
/// </summary>
/// <param name="Figures">Candidate, rules-only and active model's figures on the frozen set.</param>
/// <param name="EvaluationSetId">The frozen set evaluated on.</param>
/// <param name="EvaluationSetHash">Its content hash.</param>
/// <param name="EvaluationSetKind">"stored-labels" or "synthetic-holdout" (the fallback when too few labels are stored).</param>
/// <param name="Rows">Examples in the set.</param>
/// <param name="Positives">Positive examples in the set.</param>
/// <param name="ActiveVersion">The active model compared with (null when none, or the model itself).</param>
/// <param name="RulesRecallAtCapacity">The rules-only baseline's recall at capacity on the set.</param>
/// <param name="EvaluatedAt">When.</param>
/// <param name="CardMismatch">Where the uploaded card's figures differ from these beyond the flag tolerance ("" when they agree).</param>
public sealed record ServerEvaluation(
    RegistrationFigures Figures,
    string EvaluationSetId,
    string EvaluationSetHash,
    string EvaluationSetKind,
    int Rows,
    int Positives,
    string? ActiveVersion,
    double? RulesRecallAtCapacity,
    DateTimeOffset EvaluatedAt,
    string CardMismatch = "")
{
    /// <summary>Whether the set was the synthetic fallback.</summary>
    public bool IsSynthetic => EvaluationSetKind == "synthetic-holdout";
}
