using BorderScreening.Model.Features;

namespace BorderScreening.Model.Registry;

/// <summary>
/// What a model must meet to move on. Candidate → shadow: promoted by someone other than the
/// trainer, trained on this build's feature schema. Shadow → active: also better than the rules-only
/// baseline and not worse than the model it replaces on holdout AUPRC, and no nationality or sex
/// group flagged in the fairness audit. No skipping the shadow stage.
/// </summary>
public static class PromotionGates
{
    /// <summary>Throws <see cref="RegistryException"/> naming the first gate that fails.</summary>
    public static void Check(RegisteredModel model, ModelStage to, string promotedBy)
    {
        ArgumentNullException.ThrowIfNull(model);
        var allowed = (model.Stage, to) is (ModelStage.Candidate, ModelStage.Shadow) or (ModelStage.Shadow, ModelStage.Active);
        if (!allowed)
        {
            throw new RegistryException($"A {model.Stage} model cannot become {to}: stages run candidate → shadow → active.");
        }

        if (string.Equals(model.TrainedBy, promotedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new RegistryException($"{promotedBy} trained {model.Version} and cannot promote it: a second person must.");
        }

        if (model.FeatureSchemaHash != FeatureSchema.Hash)
        {
            throw new RegistryException($"{model.Version} was trained on feature schema {model.FeatureSchemaHash}, this build extracts {FeatureSchema.Hash}.");
        }

        if (to != ModelStage.Active)
        {
            return;
        }

        var f = model.Figures;
        if (!(f.Auprc > f.RulesAuprc))
        {
            throw new RegistryException($"Holdout AUPRC {f.Auprc:F3} does not beat the rules-only baseline ({f.RulesAuprc:F3}).");
        }

        if (f.ActiveModelAuprc is { } active && f.Auprc < active)
        {
            throw new RegistryException($"Holdout AUPRC {f.Auprc:F3} is below the active model's ({active:F3}).");
        }

        if (!string.IsNullOrWhiteSpace(f.FairnessFlags))
        {
            throw new RegistryException($"The fairness audit flagged: {f.FairnessFlags}.");
        }
    }
}
