using BorderScreening.Model.Serving.Evaluation;

namespace BorderScreening.Model.Serving.Registry;

/// <summary>
/// A registered model as the API shows it (stage in lower case): the figures its card claims and,
/// beside them, the server's own (<see cref="Server"/>), which the gates read.
/// </summary>
public sealed record ModelView(
    string Version,
    string Stage,
    string TrainedBy,
    DateTimeOffset RegisteredAt,
    string FeatureSchemaHash,
    string DataHash,
    double? Auprc,
    double? RocAuc,
    double? RulesAuprc,
    double? ActiveModelAuprc,
    string FairnessFlags,
    string? ShadowBy,
    string? ActiveBy,
    ServerFiguresView? Server = null)
{
    /// <summary>The view of a registry entry.</summary>
    public static ModelView From(RegisteredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var f = model.Figures;
        return new(model.Version, RegistryNames.Of(model.Stage), model.TrainedBy, model.RegisteredAt, model.FeatureSchemaHash, model.DataHash,
            Finite(f.Auprc), Finite(f.RocAuc), Finite(f.RulesAuprc), f.ActiveModelAuprc is { } a ? Finite(a) : null, f.FairnessFlags, model.ShadowBy, model.ActiveBy,
            model.Server is { } s ? ServerFiguresView.From(s) : null);
    }

    /// <summary>JSON has no NaN: a figure without data is left out.</summary>
    internal static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 6) : null;
}

/// <summary>
/// The server's evaluation of a model, as the API shows it beside the card's figures; <c>CardMismatch</c>
/// says where the card's figures differ from the server's beyond the flag tolerance ("" when they agree).
/// </summary>
public sealed record ServerFiguresView(
    string EvaluationSetId,
    string EvaluationSetKind,
    int Rows,
    int Positives,
    string? ActiveVersion,
    double? Auprc,
    double? RocAuc,
    double? RulesAuprc,
    double? ActiveModelAuprc,
    double? RecallAtCapacity,
    double? ActiveModelRecallAtCapacity,
    double? RulesRecallAtCapacity,
    string FairnessFlags,
    string CardMismatch,
    DateTimeOffset EvaluatedAt)
{
    /// <summary>The view of a stored evaluation.</summary>
    public static ServerFiguresView From(ServerEvaluation s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var f = s.Figures;
        return new(s.EvaluationSetId, s.EvaluationSetKind, s.Rows, s.Positives, s.ActiveVersion, ModelView.Finite(f.Auprc), ModelView.Finite(f.RocAuc), ModelView.Finite(f.RulesAuprc),
            Maybe(f.ActiveModelAuprc), Maybe(f.RecallAtCapacity), Maybe(f.ActiveModelRecallAtCapacity), Maybe(s.RulesRecallAtCapacity), f.FairnessFlags, s.CardMismatch, s.EvaluatedAt);
    }

    private static double? Maybe(double? value) => value is { } v ? ModelView.Finite(v) : null;
}

/// <summary>GET /api/models: every registered model, and what this host instance serves right now.</summary>
public sealed record ModelListView(IReadOnlyList<ModelView> Models, ServingView Serving);

/// <summary>The versions a host instance scores with (it follows the registry within its refresh period).</summary>
public sealed record ServingView(string Active, string? Shadow);

/// <summary>GET /api/models/{version}: the entry plus the figures of its model card.</summary>
public sealed record ModelDetailView(ModelView Model, ModelCardSummary? Card);

/// <summary>The headline figures of a model card (the full card with curves stays in model-card.json).</summary>
public sealed record ModelCardSummary(
    int HoldoutRows,
    int HoldoutPositives,
    string LabelSource,
    IReadOnlyList<SystemFigures> Systems,
    IReadOnlyList<TypologyRecall> Typologies,
    IReadOnlyList<string> FairnessFlagged,
    IReadOnlyList<string> TopFeatures)
{
    /// <summary>The summary of a card.</summary>
    public static ModelCardSummary From(ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var report = card.Evaluation;
        var candidate = report.Systems.FirstOrDefault(s => s.Name == card.CandidateName);
        return new(
            report.HoldoutRows,
            report.HoldoutPositives,
            report.LabelSource,
            report.Systems.Select(s => new SystemFigures(s.Name, ModelView.Finite(s.Auprc), ModelView.Finite(s.RocAuc), s.Brier is { } b ? ModelView.Finite(b) : null,
                ModelView.Finite(s.PrecisionAtCapacity), ModelView.Finite(s.RecallAtCapacity))).ToList(),
            candidate?.Typologies.Select(t => t with { Recall = ModelView.Finite(t.Recall) ?? 0 }).ToList() ?? [],
            candidate?.Fairness.Where(g => g.Flagged).Select(g => $"{g.Dimension} = {g.Group} (hit-rate ratio {g.HitRateRatio:F2})").ToList() ?? [],
            card.Importance.OrderByDescending(i => i.AuprcDrop).Take(10).Select(i => i.Feature).ToList());
    }
}

/// <summary>One system's holdout figures (candidate, rules-only, active model).</summary>
public sealed record SystemFigures(string Name, double? Auprc, double? RocAuc, double? Brier, double? PrecisionAtCapacity, double? RecallAtCapacity);

/// <summary>One registry action as the API shows it.</summary>
public sealed record RegistryAuditView(DateTimeOffset At, string Action, string Version, string? From, string To, string By, string Reason)
{
    /// <summary>The view of an audit entry.</summary>
    public static RegistryAuditView Of(RegistryAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.At, entry.Action, entry.Version, entry.From is { } f ? RegistryNames.Of(f) : null, RegistryNames.Of(entry.To), entry.By, entry.Reason);
    }
}

/// <summary>POST /api/models/{version}/promote.</summary>
/// <param name="To">"shadow" or "active".</param>
/// <param name="Reason">Why (required; audited).</param>
/// <param name="FairnessOverride">Supervisors only: the written reason to activate despite fairness flags.</param>
public sealed record PromoteRequest(string? To, string? Reason, string? FairnessOverride);

/// <summary>POST /api/models/rollback.</summary>
/// <param name="Reason">Why (required; audited).</param>
public sealed record RollbackRequest(string? Reason);

/// <summary>POST /api/models/evaluation-set.</summary>
/// <param name="Reason">Why a new evaluation set is frozen (required; kept with the set).</param>
public sealed record FreezeEvaluationSetRequest(string? Reason);

/// <summary>The stage names of the API.</summary>
internal static class RegistryNames
{
    /// <summary>"candidate", "shadow", "active", "retired".</summary>
    public static string Of(ModelStage stage) => stage.ToString().ToLowerInvariant();
}
