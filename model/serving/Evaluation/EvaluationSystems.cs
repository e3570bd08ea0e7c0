namespace BorderScreening.Model.Serving.Evaluation;

/// <summary>Names of the systems an evaluation report compares; the registry's gates read them back.</summary>
public static class EvaluationSystems
{
    /// <summary>The model being evaluated.</summary>
    public const string Candidate = "candidate";

    /// <summary>The rules-only baseline (the catalogue's score).</summary>
    public const string Rules = "rules-only";

    /// <summary>The model in service at evaluation time (a prefix: its version follows).</summary>
    public const string ActiveModel = "active";
}
