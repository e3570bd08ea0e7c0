using BorderScreening.Model.Serving.Evaluation;
namespace BorderScreening.Model.Serving.Registry;

/// <summary>The evaluation figures stored with a model at registration; the promotion gates read them.</summary>
/// <param name="Auprc">Holdout AUPRC of the model.</param>
/// <param name="RocAuc">Holdout ROC AUC of the model.</param>
/// <param name="RulesAuprc">Holdout AUPRC of the rules-only score on the same holdout.</param>
/// <param name="ActiveModelAuprc">Holdout AUPRC of the model active at evaluation time, if any.</param>
/// <param name="FairnessFlags">Nationality or sex groups flagged in the fairness audit ("" when none).</param>
/// <param name="RecallAtCapacity">Holdout recall at the jurisdictions' daily review capacity (top-k per day), if evaluated.</param>
/// <param name="ActiveModelRecallAtCapacity">The same figure for the model active at evaluation time, if any.</param>
public sealed record RegistrationFigures(double Auprc, double RocAuc, double RulesAuprc, double? ActiveModelAuprc, string FairnessFlags, double? RecallAtCapacity = null, double? ActiveModelRecallAtCapacity = null)
{
    /// <summary>The figures from an evaluation made by <c>RunEvaluation</c>.</summary>
    public static RegistrationFigures From(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var candidate = report[EvaluationSystems.Candidate];
        var active = report.Systems.FirstOrDefault(s => s.Name.StartsWith(EvaluationSystems.ActiveModel, StringComparison.Ordinal));
        var flags = candidate.Fairness.Where(g => g.Flagged && g.Dimension is "nationality group" or "sex").Select(g => $"{g.Dimension} = {g.Group}");
        return new RegistrationFigures(candidate.Auprc, candidate.RocAuc, report[EvaluationSystems.Rules].Auprc, active?.Auprc, string.Join("; ", flags), candidate.RecallAtCapacity, active?.RecallAtCapacity);
    }
}

/// <summary>
/// A model version in the registry: <c>Figures</c> are what its uploaded card claims (stored and
/// shown), <c>Server</c> the server's own evaluation on the frozen set (null until evaluated), which
/// the gates read.
/// </summary>
public sealed record RegisteredModel(
    string Version,
    ModelStage Stage,
    string TrainedBy,
    DateTimeOffset RegisteredAt,
    string FeatureSchemaHash,
    string DataHash,
    RegistrationFigures Figures,
    string? ShadowBy,
    string? ActiveBy,
    ServerEvaluation? Server = null);

/// <summary>One registry action.</summary>
public sealed record RegistryAuditEntry(DateTimeOffset At, string Action, string Version, ModelStage? From, ModelStage To, string By, string Reason);

/// <summary>A registry rule refused the action.</summary>
public class RegistryException : Exception
{
    public RegistryException()
    {
    }

    public RegistryException(string message)
        : base(message)
    {
    }

    public RegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Someone else changed the registry first (ETag or key conflict).</summary>
public sealed class RegistryConflictException : RegistryException
{
    public RegistryConflictException()
    {
    }

    public RegistryConflictException(string message)
        : base(message)
    {
    }

    public RegistryConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
