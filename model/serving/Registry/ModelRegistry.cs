using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Model.Serving.Artifacts;

namespace BorderScreening.Model.Serving.Registry;

/// <summary>
/// The model registry: model files in Blob storage (<c>{version}/model.zip</c>, <c>model.json</c>,
/// <c>model-card.json</c>, <c>monitoring-reference.json</c> when given), metadata, stage pointers and the promotion audit in one Azure Table
/// partition ("models"), so a promotion (new stage, old stage, pointer, audit row) is one
/// entity-group transaction with ETag checks: it happens whole or not at all, and two concurrent
/// promotions cannot both win.
/// </summary>
/// <remarks>
/// Row keys: <c>model|{version}</c> (one per model), <c>pointer|active</c> (active and previous
/// active version), <c>audit|{inverted ticks}|{id}</c> (newest first). Stages run candidate → shadow
/// → active → retired; a model is promoted by someone other than who trained it, and only through
/// the gates in <see cref="PromotionGates"/>.
/// </remarks>
public sealed class ModelRegistry(BlobContainerClient blobs, TableClient table, TimeProvider timeProvider)
{
    private const string Partition = "models";
    private const string PointerKey = "pointer|active";
    private const string CardFileName = "model-card.json";

    /// <summary>Creates the container and table when missing.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await blobs.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Registers a trained model as a candidate: uploads its files from <paramref name="directory"/>
    /// (model.zip, model.json and, when present, model-card.json) and records who trained it and the
    /// figures its card claims, with the server's own evaluation (which the gates read) when given.
    /// </summary>
    public async Task<RegisteredModel> RegisterAsync(string directory, string trainedBy, RegistrationFigures figures, ServerEvaluation? server = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trainedBy);
        ArgumentNullException.ThrowIfNull(figures);
        var metadata = await ReadMetadataAsync(directory, cancellationToken).ConfigureAwait(false);
        if (await GetEntityAsync(metadata.ModelVersion, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new RegistryConflictException($"Model {metadata.ModelVersion} is registered already.");
        }

        await UploadAsync(directory, metadata.ModelVersion, overwrite: false, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var entity = ModelEntity(metadata, trainedBy, figures, now);
        WriteServer(entity, server);
        var audit = AuditEntity(now, "register", metadata.ModelVersion, null, ModelStage.Candidate, trainedBy,
            server is null ? "registered after training" : $"registered after training; evaluated by the server on {server.EvaluationSetId}");
        await SubmitAsync([new(TableTransactionActionType.Add, entity), new(TableTransactionActionType.Add, audit)], cancellationToken).ConfigureAwait(false);
        return ToModel(entity);
    }

    /// <summary>
    /// Puts the shipped model in service on a registry that has never had an active model, so a fresh
    /// installation serves at once: registered and activated in one transaction (audited as
    /// "bootstrap", by <paramref name="by"/>). Returns null when a model is active already, or when
    /// another host bootstrapped first.
    /// </summary>
    public async Task<RegisteredModel?> BootstrapAsync(string directory, string by, RegistrationFigures figures, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(figures);
        if (await GetPointerAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        var metadata = await ReadMetadataAsync(directory, cancellationToken).ConfigureAwait(false);
        await UploadAsync(directory, metadata.ModelVersion, overwrite: true, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var entity = ModelEntity(metadata, by, figures, now);
        entity["Stage"] = ModelStage.Active.ToString();
        entity["ActiveBy"] = by;
        entity["ActiveAt"] = now;
        var existing = await GetEntityAsync(metadata.ModelVersion, cancellationToken).ConfigureAwait(false);
        try
        {
            await SubmitAsync(
            [
                existing is null ? new(TableTransactionActionType.Add, entity) : new(TableTransactionActionType.UpdateReplace, entity, existing.ETag),
                PointerAction(null, metadata.ModelVersion, null),
                new(TableTransactionActionType.Add, AuditEntity(now, "bootstrap", metadata.ModelVersion, null, ModelStage.Active, by, "no active model: the shipped model put in service")),
            ], cancellationToken).ConfigureAwait(false);
        }
        catch (RegistryConflictException)
        {
            return null;
        }

        return ToModel(entity);
    }

    /// <summary>
    /// Moves a model one stage on (candidate → shadow, shadow → active) after the gates pass;
    /// <paramref name="fairnessOverride"/> is a supervisor's written reason to pass the fairness gate
    /// (the caller checks the role), stored on the model and in the audit.
    /// </summary>
    public async Task<RegisteredModel> PromoteAsync(string version, ModelStage to, string promotedBy, string reason, string? fairnessOverride = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(promotedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var entity = await GetEntityAsync(version, cancellationToken).ConfigureAwait(false)
            ?? throw new RegistryException($"Model {version} is not registered.");
        var model = ToModel(entity);
        PromotionGates.Check(model, to, promotedBy, fairnessOverride);
        var overridden = to == ModelStage.Active && !string.IsNullOrWhiteSpace(model.Server?.Figures.FairnessFlags) && !string.IsNullOrWhiteSpace(fairnessOverride);

        var now = timeProvider.GetUtcNow();
        var actions = new List<TableTransactionAction>();
        entity["Stage"] = to.ToString();
        entity[$"{to}By"] = promotedBy;
        entity[$"{to}At"] = now;
        if (overridden)
        {
            entity["FairnessOverride"] = fairnessOverride;
            entity["FairnessOverrideBy"] = promotedBy;
        }

        actions.Add(new(TableTransactionActionType.UpdateReplace, entity, entity.ETag));
        if (to == ModelStage.Active)
        {
            var pointer = await GetPointerAsync(cancellationToken).ConfigureAwait(false);
            var previous = pointer?.GetString("ActiveVersion");
            if (previous is not null && await GetEntityAsync(previous, cancellationToken).ConfigureAwait(false) is { } old)
            {
                old["Stage"] = ModelStage.Retired.ToString();
                old["RetiredAt"] = now;
                actions.Add(new(TableTransactionActionType.UpdateReplace, old, old.ETag));
            }

            actions.Add(PointerAction(pointer, version, previous));
        }

        var auditReason = overridden ? $"{reason} (fairness override: {fairnessOverride})" : reason;
        actions.Add(new(TableTransactionActionType.Add, AuditEntity(now, "promote", version, model.Stage, to, promotedBy, auditReason)));
        await SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
        return ToModel(entity);
    }

    /// <summary>
    /// Stores a fresh server evaluation with a model (conditional on the entry read, audited as
    /// "evaluate"): the gates then read it.
    /// </summary>
    public async Task<RegisteredModel> RecordServerEvaluationAsync(string version, ServerEvaluation server, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        var entity = await GetEntityAsync(version, cancellationToken).ConfigureAwait(false) ?? throw new RegistryException($"Model {version} is not registered.");
        var model = ToModel(entity);
        WriteServer(entity, server);
        await SubmitAsync(
        [
            new(TableTransactionActionType.UpdateReplace, entity, entity.ETag),
            new(TableTransactionActionType.Add, AuditEntity(timeProvider.GetUtcNow(), "evaluate", version, model.Stage, model.Stage, "server",
                $"evaluated on {server.EvaluationSetId} against {server.ActiveVersion ?? "no active model"}")),
        ], cancellationToken).ConfigureAwait(false);
        return ToModel(entity);
    }

    /// <summary>Makes the previous active model active again and retires the current one.</summary>
    public async Task<RegisteredModel> RollbackAsync(string by, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var pointer = await GetPointerAsync(cancellationToken).ConfigureAwait(false);
        var current = pointer?.GetString("ActiveVersion") ?? throw new RegistryException("No model is active.");
        var previous = pointer.GetString("PreviousVersion") ?? throw new RegistryException("There is no previous active model to roll back to.");
        var currentEntity = await GetEntityAsync(current, cancellationToken).ConfigureAwait(false) ?? throw new RegistryException($"Model {current} is missing.");
        var previousEntity = await GetEntityAsync(previous, cancellationToken).ConfigureAwait(false) ?? throw new RegistryException($"Model {previous} is missing.");
        var now = timeProvider.GetUtcNow();
        currentEntity["Stage"] = ModelStage.Retired.ToString();
        currentEntity["RetiredAt"] = now;
        previousEntity["Stage"] = ModelStage.Active.ToString();
        previousEntity["ActiveAt"] = now;
        previousEntity["ActiveBy"] = by;
        await SubmitAsync(
        [
            new(TableTransactionActionType.UpdateReplace, currentEntity, currentEntity.ETag),
            new(TableTransactionActionType.UpdateReplace, previousEntity, previousEntity.ETag),
            PointerAction(pointer, previous, previousVersion: null),
            new(TableTransactionActionType.Add, AuditEntity(now, "rollback", previous, ModelStage.Retired, ModelStage.Active, by, $"{reason} (was {current})")),
        ], cancellationToken).ConfigureAwait(false);
        return ToModel(previousEntity);
    }

    /// <summary>Retires a candidate or shadow model (the active one is replaced by promotion or rollback).</summary>
    public async Task<RegisteredModel> RetireAsync(string version, string by, string reason, CancellationToken cancellationToken = default)
    {
        var entity = await GetEntityAsync(version, cancellationToken).ConfigureAwait(false) ?? throw new RegistryException($"Model {version} is not registered.");
        var model = ToModel(entity);
        if (model.Stage is ModelStage.Active or ModelStage.Retired)
        {
            throw new RegistryException($"Model {version} is {model.Stage}; promote another model or roll back instead.");
        }

        var now = timeProvider.GetUtcNow();
        entity["Stage"] = ModelStage.Retired.ToString();
        entity["RetiredAt"] = now;
        await SubmitAsync(
        [
            new(TableTransactionActionType.UpdateReplace, entity, entity.ETag),
            new(TableTransactionActionType.Add, AuditEntity(now, "retire", version, model.Stage, ModelStage.Retired, by, reason)),
        ], cancellationToken).ConfigureAwait(false);
        return ToModel(entity);
    }

    /// <summary>A registered model, or null.</summary>
    public async Task<RegisteredModel?> GetAsync(string version, CancellationToken cancellationToken = default) =>
        await GetEntityAsync(version, cancellationToken).ConfigureAwait(false) is { } entity ? ToModel(entity) : null;

    /// <summary>The active model's entry, or null when none is active.</summary>
    public async Task<RegisteredModel?> GetActiveAsync(CancellationToken cancellationToken = default) =>
        (await GetPointerAsync(cancellationToken).ConfigureAwait(false))?.GetString("ActiveVersion") is { } version
            ? await GetAsync(version, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>All models in the given stage (or all).</summary>
    public async Task<IReadOnlyList<RegisteredModel>> ListAsync(ModelStage? stage = null, CancellationToken cancellationToken = default)
    {
        var result = new List<RegisteredModel>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {"model|"} and RowKey lt {"model}"}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var model = ToModel(entity);
            if (stage is null || model.Stage == stage)
            {
                result.Add(model);
            }
        }

        return result;
    }

    /// <summary>The audit trail, newest first.</summary>
    public async Task<IReadOnlyList<RegistryAuditEntry>> GetAuditAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<RegistryAuditEntry>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {"audit|"} and RowKey lt {"audit}"}");
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(new RegistryAuditEntry(
                e.GetDateTimeOffset("At") ?? default, e.GetString("Action") ?? "", e.GetString("Version") ?? "",
                Enum.TryParse<ModelStage>(e.GetString("From"), out var from) ? from : null,
                Enum.Parse<ModelStage>(e.GetString("To") ?? nameof(ModelStage.Candidate)), e.GetString("By") ?? "", e.GetString("Reason") ?? ""));
        }

        return result;
    }

    /// <summary>Downloads and loads a registered model for serving.</summary>
    public async Task<MlNetRiskModel> LoadAsync(string version, CancellationToken cancellationToken = default)
    {
        var metadataBlob = await blobs.GetBlobClient($"{version}/{ModelMetadata.FileName}").DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        var metadata = metadataBlob.Value.Content.ToObjectFromJson<ModelMetadata>(ScreeningJson.Options)
            ?? throw new InvalidDataException($"{version}/model.json is empty.");
        var zip = await blobs.GetBlobClient($"{version}/{ModelMetadata.ModelFileName}").DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        using var stream = zip.Value.Content.ToStream();
        return MlNetRiskModel.Load(stream, metadata);
    }

    /// <summary>The model card of a registered model (model-card.json), or null when it was registered without one.</summary>
    public Task<BinaryData?> GetModelCardAsync(string version, CancellationToken cancellationToken = default) => GetFileAsync(version, CardFileName, cancellationToken);

    /// <summary>The drift reference stored with a model (monitoring-reference.json), or null when it was registered without one.</summary>
    public Task<BinaryData?> GetMonitoringReferenceAsync(string version, CancellationToken cancellationToken = default) => GetFileAsync(version, MonitoringReference.FileName, cancellationToken);

    private async Task<BinaryData?> GetFileAsync(string version, string fileName, CancellationToken cancellationToken)
    {
        var blob = blobs.GetBlobClient($"{version}/{fileName}");
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static string ModelKey(string version) => $"model|{version}";

    private static async Task<ModelMetadata> ReadMetadataAsync(string directory, CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<ModelMetadata>(
            await File.ReadAllTextAsync(Path.Combine(directory, ModelMetadata.FileName), cancellationToken).ConfigureAwait(false), ScreeningJson.Options)
        ?? throw new InvalidDataException("model.json is empty.");

    private async Task UploadAsync(string directory, string version, bool overwrite, CancellationToken cancellationToken)
    {
        foreach (var file in (string[])[ModelMetadata.ModelFileName, ModelMetadata.FileName, CardFileName, MonitoringReference.FileName])
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                await blobs.GetBlobClient($"{version}/{file}").UploadAsync(path, overwrite, cancellationToken).ConfigureAwait(false);
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 409)
            {
                throw new RegistryConflictException($"The files of model {version} are stored already.", ex);
            }
        }
    }

    private static TableEntity ModelEntity(ModelMetadata metadata, string trainedBy, RegistrationFigures figures, DateTimeOffset now) => new(Partition, ModelKey(metadata.ModelVersion))
    {
        ["Version"] = metadata.ModelVersion,
        ["Stage"] = ModelStage.Candidate.ToString(),
        ["TrainedBy"] = trainedBy,
        ["RegisteredAt"] = now,
        ["Trainer"] = metadata.Trainer,
        ["DataHash"] = metadata.DataHash,
        ["Seed"] = metadata.Seed,
        ["FeatureSchemaHash"] = metadata.FeatureSchemaHash,
        ["CodeVersion"] = metadata.CodeVersion,
        ["Auprc"] = figures.Auprc,
        ["RocAuc"] = figures.RocAuc,
        ["RulesAuprc"] = figures.RulesAuprc,
        ["ActiveAuprc"] = figures.ActiveModelAuprc,
        ["RecallAtCapacity"] = figures.RecallAtCapacity,
        ["ActiveRecallAtCapacity"] = figures.ActiveModelRecallAtCapacity,
        ["FairnessFlags"] = figures.FairnessFlags,
    };

    private async Task<TableEntity?> GetEntityAsync(string version, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, ModelKey(version), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private async Task<TableEntity?> GetPointerAsync(CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, PointerKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static TableTransactionAction PointerAction(TableEntity? pointer, string activeVersion, string? previousVersion)
    {
        var entity = new TableEntity(Partition, PointerKey) { ["ActiveVersion"] = activeVersion, ["PreviousVersion"] = previousVersion };
        return pointer is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, pointer.ETag);
    }

    private static TableEntity AuditEntity(DateTimeOffset at, string action, string version, ModelStage? from, ModelStage to, string by, string reason) =>
        new(Partition, $"audit|{DateTimeOffset.MaxValue.Ticks - at.Ticks:D19}|{Guid.NewGuid():N}")
        {
            ["At"] = at,
            ["Action"] = action,
            ["Version"] = version,
            ["From"] = from?.ToString(),
            ["To"] = to.ToString(),
            ["By"] = by,
            ["Reason"] = reason,
        };

    private async Task SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        // Azure's limits, enforced here because the emulator does not (ENVIRONMENT.md).
        if (actions.Count > 100 || actions.Select(a => a.Entity.PartitionKey).Distinct().Count() != 1)
        {
            throw new InvalidOperationException("A transaction holds at most 100 actions in one partition.");
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new RegistryConflictException("The registry changed meanwhile (another promotion or registration won); read again and retry.", ex);
        }
    }

    private static RegisteredModel ToModel(TableEntity e) => new(
        e.GetString("Version") ?? "",
        Enum.Parse<ModelStage>(e.GetString("Stage") ?? nameof(ModelStage.Candidate)),
        e.GetString("TrainedBy") ?? "",
        e.GetDateTimeOffset("RegisteredAt") ?? default,
        e.GetString("FeatureSchemaHash") ?? "",
        e.GetString("DataHash") ?? "",
        new RegistrationFigures(e.GetDouble("Auprc") ?? double.NaN, e.GetDouble("RocAuc") ?? double.NaN, e.GetDouble("RulesAuprc") ?? double.NaN, e.GetDouble("ActiveAuprc"), e.GetString("FairnessFlags") ?? "", e.GetDouble("RecallAtCapacity"), e.GetDouble("ActiveRecallAtCapacity")),
        e.GetString("ShadowBy"),
        e.GetString("ActiveBy"),
        ServerColumns.Read(e));

    private static void WriteServer(TableEntity entity, ServerEvaluation? server)
    {
        if (server is not null)
        {
            ServerColumns.Write(entity, server);
        }
    }
}
