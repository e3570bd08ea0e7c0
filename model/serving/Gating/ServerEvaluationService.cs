using BorderScreening.Model.Serving.Registry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// The server's own evaluation of a model (docs/model.md "Server gates"): the candidate, the active
/// model and the rules-only baseline scored on the current frozen evaluation set. Runs synchronously
/// at registration (a set is bounded: ML.NET scores several hundred thousand rows a second) and again
/// before a promotion to active when the set or the active model changed since.
/// </summary>
public sealed partial class ServerEvaluationService(
    ModelRegistry registry,
    EvaluationSetStore sets,
    EvaluationSetBuilder builder,
    IOptions<ModelGateOptions> options,
    TimeProvider time,
    ILogger<ServerEvaluationService> logger)
{
    /// <summary>
    /// The frozen set in use; frozen first when none exists, or by the documented rule when the
    /// current one was made for another feature schema or is older than <see cref="ModelGateOptions.MaxSetAgeDays"/>.
    /// </summary>
    public async Task<FrozenEvaluationSet> CurrentSetAsync(CancellationToken cancellationToken)
    {
        var (set, etag) = await sets.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        var reason = set switch
        {
            null => "none frozen yet",
            _ when set.FeatureSchemaHash != Features.FeatureSchema.Hash => "the feature schema changed",
            _ when options.Value.MaxSetAgeDays > 0 && time.GetUtcNow() - set.FrozenAt > TimeSpan.FromDays(options.Value.MaxSetAgeDays) => $"older than {options.Value.MaxSetAgeDays} days",
            _ => null,
        };
        return reason is null ? set! : await FreezeAsync(reason, etag, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Freezes a new set from the stored labels now (or the synthetic fallback) and makes it current:
    /// every model evaluated from now on, and every promotion to active, uses it.
    /// </summary>
    public async Task<FrozenEvaluationSet> FreezeAsync(string by, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var (_, etag) = await sets.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        return await FreezeAsync(reason, etag, cancellationToken, by).ConfigureAwait(false);
    }

    /// <summary>The current set without freezing one; null when none is frozen yet.</summary>
    public async Task<FrozenEvaluationSet?> PeekAsync(CancellationToken cancellationToken) =>
        (await sets.GetCurrentAsync(cancellationToken).ConfigureAwait(false)).Set;

    /// <summary>Evaluates a model that is not registered yet (registration) on the current set.</summary>
    public async Task<ServerEvaluation> EvaluateAsync(MlNetRiskModel candidate, RegistrationFigures card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(card);
        var set = await CurrentSetAsync(cancellationToken).ConfigureAwait(false);
        var active = await registry.GetActiveAsync(cancellationToken).ConfigureAwait(false);
        var activeModel = active is null || active.Version == candidate.Version ? null : await registry.LoadAsync(active.Version, cancellationToken).ConfigureAwait(false);
        var evaluation = Evaluate(set, candidate, activeModel);
        return evaluation with { CardMismatch = CardFigures.Mismatch(card, evaluation.Figures, options.Value.CardFlagTolerance) };
    }

    /// <summary>
    /// A registered model with a server evaluation on the current set against the current active
    /// model: the stored one when still current, else a new one, stored and audited.
    /// </summary>
    public async Task<RegisteredModel> EnsureCurrentAsync(string version, CancellationToken cancellationToken)
    {
        var model = await registry.GetAsync(version, cancellationToken).ConfigureAwait(false) ?? throw new RegistryException($"Model {version} is not registered.");
        var set = await CurrentSetAsync(cancellationToken).ConfigureAwait(false);
        var active = await registry.GetActiveAsync(cancellationToken).ConfigureAwait(false);
        var activeVersion = active is null || active.Version == version ? null : active.Version;
        if (model.Server is { } stored && stored.EvaluationSetId == set.Id && stored.ActiveVersion == activeVersion)
        {
            return model;
        }

        var loaded = await registry.LoadAsync(version, cancellationToken).ConfigureAwait(false);
        var activeModel = activeVersion is null ? null : await registry.LoadAsync(activeVersion, cancellationToken).ConfigureAwait(false);
        var evaluation = Evaluate(set, loaded, activeModel);
        evaluation = evaluation with { CardMismatch = CardFigures.Mismatch(model.Figures, evaluation.Figures, options.Value.CardFlagTolerance) };
        LogReevaluated(logger, version, set.Id, activeVersion ?? "none");
        return await registry.RecordServerEvaluationAsync(version, evaluation, cancellationToken).ConfigureAwait(false);
    }

    private ServerEvaluation Evaluate(FrozenEvaluationSet set, MlNetRiskModel candidate, MlNetRiskModel? active)
    {
        var settings = options.Value;
        var features = set.Rows.Select(r => r.Features).ToList();
        var labels = set.Rows.Select(r => r.Label).ToArray();
        var candidateScores = candidate.PredictFeatures(features);
        var rulesScores = set.Rows.Select(r => r.RulesScore).ToArray();
        var c = ServerEvaluator.Evaluate(set.Rows, candidateScores, settings);
        var r = ServerEvaluator.Evaluate(set.Rows, rulesScores, settings);
        var a = active is null ? null : ServerEvaluator.Evaluate(set.Rows, active.PredictFeatures(features), settings);
        var figures = new RegistrationFigures(
            c.Auprc,
            Evaluation.BinaryMetrics.RocAuc(candidateScores, labels),
            r.Auprc,
            a?.Auprc,
            c.FairnessFlags,
            c.RecallAtCapacity,
            a?.RecallAtCapacity);
        return new ServerEvaluation(figures, set.Id, set.ContentHash, set.Kind, set.Rows.Count, set.Positives, active?.Version, r.RecallAtCapacity, time.GetUtcNow());
    }

    private async Task<FrozenEvaluationSet> FreezeAsync(string reason, Azure.ETag? etag, CancellationToken cancellationToken, string by = "server")
    {
        var built = await builder.BuildAsync(cancellationToken).ConfigureAwait(false) with { FrozenBy = by, Reason = reason };
        var current = await sets.SaveAsCurrentAsync(built, etag, cancellationToken).ConfigureAwait(false);
        LogFrozen(logger, current.Id, current.Kind, current.Rows.Count, current.Positives, reason);
        return current;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evaluation set {SetId} frozen ({Kind}, {Rows} rows, {Positives} positives): {Reason}")]
    private static partial void LogFrozen(ILogger logger, string setId, string kind, int rows, int positives, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Version} evaluated again by the server on {SetId} against active {ActiveVersion}")]
    private static partial void LogReevaluated(ILogger logger, string version, string setId, string activeVersion);
}
