using BorderScreening.Model.Serving.Features;

namespace BorderScreening.Model.Serving.Registry;

/// <summary>
/// What a model must meet to move on. Candidate → shadow: promoted by someone other than the
/// trainer, trained on this build's feature schema. Shadow → active: also better than the rules-only
/// baseline, not worse than the model it replaces on AUPRC beyond <see cref="AuprcTolerance"/>,
/// and no nationality or sex group flagged in the fairness audit — unless a supervisor overrides that
/// last gate with a written reason (the override is audited). No skipping the shadow stage.
/// The figures are the server's own (<see cref="RegisteredModel.Server"/>, computed on the frozen
/// evaluation set), never the uploaded card's; the card's are stored and shown beside them.
/// </summary>
public static class PromotionGates
{
    /// <summary>Stages run candidate → shadow → active.</summary>
    public const string StageOrder = "stage-order";

    /// <summary>The identity that trained a model cannot promote it.</summary>
    public const string FourEyes = "four-eyes";

    /// <summary>The model reads the features this build extracts.</summary>
    public const string FeatureSchemaGate = "feature-schema";

    /// <summary>Holdout AUPRC above the rules-only score's.</summary>
    public const string BeatsRules = "beats-rules";

    /// <summary>Holdout AUPRC not below the active model's by more than the tolerance.</summary>
    public const string NoWorseThanActive = "no-worse-than-active";

    /// <summary>No nationality or sex group outside [0.8, 1.25] in the fairness audit.</summary>
    public const string Fairness = "fairness";

    /// <summary>The uploaded card's figures are not inflated beyond the tolerance of the server's (checked at registration).</summary>
    public const string CardFiguresGate = "card-figures";

    /// <summary>The server has evaluated the model on the current frozen set against the current active model.</summary>
    public const string ServerEvaluationGate = "server-evaluation";

    /// <summary>
    /// How far below the active model's holdout AUPRC a replacement may be: AUPRC on a few hundred
    /// rare positives moves by about this much between seeds, so a stricter gate would block retraining noise.
    /// </summary>
    public const double AuprcTolerance = 0.01;

    /// <summary>
    /// How far recall at the jurisdictions' daily review capacity may fall below the active model's on
    /// the same holdout: what reviewers actually get to see matters more than the curve's area, and a
    /// few rare positives move it, so the tolerance is wider than for AUPRC.
    /// </summary>
    public const double RecallAtCapacityTolerance = 0.02;

    /// <summary>Throws <see cref="PromotionGateException"/> naming the first gate that fails.</summary>
    /// <param name="model">The model to move.</param>
    /// <param name="to">The stage it should reach.</param>
    /// <param name="promotedBy">Who promotes.</param>
    /// <param name="fairnessOverride">A supervisor's written reason to activate despite fairness flags (the caller checks the role).</param>
    public static void Check(RegisteredModel model, ModelStage to, string promotedBy, string? fairnessOverride = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var allowed = (model.Stage, to) is (ModelStage.Candidate, ModelStage.Shadow) or (ModelStage.Shadow, ModelStage.Active);
        if (!allowed)
        {
            throw new PromotionGateException(StageOrder, $"A {model.Stage} model cannot become {to}: stages run candidate → shadow → active.");
        }

        if (string.Equals(model.TrainedBy, promotedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new PromotionGateException(FourEyes, $"{promotedBy} trained {model.Version} and cannot promote it: a second person must.");
        }

        if (model.FeatureSchemaHash != FeatureSchema.Hash)
        {
            throw new PromotionGateException(FeatureSchemaGate, $"{model.Version} was trained on feature schema {model.FeatureSchemaHash}, this build extracts {FeatureSchema.Hash}.");
        }

        if (to != ModelStage.Active)
        {
            return;
        }

        if (model.Server is not { } server)
        {
            throw new PromotionGateException(ServerEvaluationGate, $"{model.Version} has no server evaluation: the server evaluates a model on its frozen set before it can become active.");
        }

        var f = server.Figures;
        var on = $"on evaluation set {server.EvaluationSetId} ({server.EvaluationSetKind}, computed by the server)";
        if (!(f.Auprc > f.RulesAuprc))
        {
            throw new PromotionGateException(BeatsRules, $"AUPRC {f.Auprc:F3} {on} does not beat the rules-only baseline ({f.RulesAuprc:F3}).");
        }

        if (f.ActiveModelAuprc is { } active && f.Auprc < active - AuprcTolerance)
        {
            throw new PromotionGateException(NoWorseThanActive, $"AUPRC {f.Auprc:F3} {on} is below the active model's ({active:F3}, {server.ActiveVersion}) by more than {AuprcTolerance:F2}.");
        }

        if (f.ActiveModelRecallAtCapacity is { } activeRecall && f.RecallAtCapacity is { } recall && recall < activeRecall - RecallAtCapacityTolerance)
        {
            throw new PromotionGateException(NoWorseThanActive, $"Server recall at review capacity {recall:F3} {on} is below the active model's ({activeRecall:F3}, {server.ActiveVersion}) by more than {RecallAtCapacityTolerance:F2}.");
        }

        if (!string.IsNullOrWhiteSpace(f.FairnessFlags) && string.IsNullOrWhiteSpace(fairnessOverride))
        {
            throw new PromotionGateException(Fairness, $"The server's fairness audit {on} flagged: {f.FairnessFlags}. A supervisor may override with a written reason.");
        }
    }
}
