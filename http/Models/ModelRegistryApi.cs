using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Gating;
using BorderScreening.Model.Serving.Registry;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Models;

/// <summary>
/// The registry routes of both hosts: list, show, register (a zip of the model directory), promote,
/// roll back, audit. The caller's identity comes from the bearer token, never from the body, so the
/// four-eyes gate compares token subjects. At registration the server evaluates the model itself on
/// its frozen evaluation set and refuses an inflated card (gate <c>card-figures</c>); before a
/// promotion to active it evaluates again when the set or the active model changed since, and the
/// gates read its own figures. After a promotion or rollback this host swaps its model (and the drift
/// reference and transparency card with it) at once; other instances follow within their refresh period.
/// </summary>
public sealed partial class ModelRegistryApi(
    ModelRegistry registry,
    RegistryModelSync serving,
    SwappableRiskModel model,
    ICallerAccessor callers,
    JurisdictionGrantAudit grants,
    ServerEvaluationService evaluation,
    Microsoft.Extensions.Options.IOptions<ModelGateOptions> gateOptions)
{
    /// <summary>Largest upload: the host's body limit (a model directory is a few hundred KiB).</summary>
    public const int MaxUploadBytes = 8 * 1024 * 1024;

    private const long MaxEntryBytes = 32 * 1024 * 1024;
    private const int MaxReasonLength = 2_000;

    private static readonly string[] RequiredFiles = [ModelMetadata.ModelFileName, ModelMetadata.FileName, ModelCard.JsonFile];

    // Stored with the model when present: the drift reference monitoring uses once the model is active.
    private static readonly string[] OptionalFiles = [MonitoringReference.FileName];

    /// <summary>GET /api/models.</summary>
    public async Task<IResult> ListAsync(CancellationToken cancellationToken)
    {
        var models = await registry.ListAsync(cancellationToken: cancellationToken);
        return Results.Json(new ModelListView(models.OrderByDescending(m => m.RegisteredAt).Select(ModelView.From).ToList(), Serving()), ScreeningJson.Options);
    }

    /// <summary>GET /api/models/{version}.</summary>
    public async Task<IResult> GetAsync(string version, CancellationToken cancellationToken)
    {
        if (!IsVersion(version) || await registry.GetAsync(version, cancellationToken) is not { } entry)
        {
            return Problems.NotFound("model");
        }

        ModelCardSummary? summary = null;
        if (await registry.GetModelCardAsync(version, cancellationToken) is { } card && card.ToObjectFromJson<ModelCard>(ModelCard.ReadOptions) is { } parsed)
        {
            summary = ModelCardSummary.From(parsed);
        }

        return Results.Json(new ModelDetailView(ModelView.From(entry), summary), ScreeningJson.Options);
    }

    /// <summary>GET /api/models/audit, newest first.</summary>
    public async Task<IResult> AuditAsync(CancellationToken cancellationToken) =>
        Results.Json((await registry.GetAuditAsync(cancellationToken)).Select(RegistryAuditView.Of).ToList(), ScreeningJson.Options);

    /// <summary>
    /// POST /api/models: body application/zip holding model.zip, model.json, model-card.json and
    /// optionally monitoring-reference.json (the files a training run writes). The server evaluates the
    /// model on its frozen set before it stores anything; the card's figures are stored beside the
    /// server's, and a card inflated beyond the tolerance is refused (422, gate card-figures).
    /// </summary>
    public async Task<IResult> RegisterAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (callers.Caller is not { } caller)
        {
            return Unauthorized();
        }

        if (!RequestBody.HasMediaType(request, "application/zip"))
        {
            return Problems.UnsupportedMediaType("application/zip (the model directory: model.zip, model.json, model-card.json)");
        }

        var body = await RequestBody.ReadAsync(request, MaxUploadBytes, cancellationToken);
        if (body is null)
        {
            return Problems.TooLarge(MaxUploadBytes);
        }

        var directory = Path.Combine(Path.GetTempPath(), "screening-model-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (Extract(body, directory) is { } invalid)
            {
                return invalid;
            }

            ModelMetadata? metadata;
            ModelCard? card;
            try
            {
                metadata = JsonSerializer.Deserialize<ModelMetadata>(await File.ReadAllBytesAsync(Path.Combine(directory, ModelMetadata.FileName), cancellationToken), ScreeningJson.Options);
            }
            catch (JsonException)
            {
                return Invalid(ModelMetadata.FileName, "is not valid JSON model metadata");
            }

            try
            {
                card = JsonSerializer.Deserialize<ModelCard>(await File.ReadAllBytesAsync(Path.Combine(directory, ModelCard.JsonFile), cancellationToken), ModelCard.ReadOptions);
            }
            catch (JsonException)
            {
                return Invalid(ModelCard.JsonFile, "is not a model card written by a training run");
            }

            if (metadata is null || !IsVersion(metadata.ModelVersion))
            {
                return Invalid($"{ModelMetadata.FileName}/modelVersion", "is required: 1 to 100 letters, digits, '.', '-' or '_'");
            }

            if (card is null || card.Model.ModelVersion != metadata.ModelVersion)
            {
                return Invalid($"{ModelCard.JsonFile}/model/modelVersion", $"must be the model's version {metadata.ModelVersion}");
            }

            if (!card.Evaluation.Systems.Any(s => s.Name == EvaluationSystems.Candidate) || !card.Evaluation.Systems.Any(s => s.Name == EvaluationSystems.Rules))
            {
                return Invalid($"{ModelCard.JsonFile}/evaluation/systems", $"must hold the \"{EvaluationSystems.Candidate}\" and \"{EvaluationSystems.Rules}\" figures the gates compare");
            }

            if (metadata.FeatureSchemaHash != FeatureSchema.Hash)
            {
                return GateFailed(new PromotionGateException(PromotionGates.FeatureSchemaGate,
                    $"{metadata.ModelVersion} was trained on feature schema {metadata.FeatureSchemaHash}, this build extracts {FeatureSchema.Hash}."));
            }

            if (OptionalFileInvalid(directory) is { } badReference)
            {
                return badReference;
            }

            if (LoadFails(directory) is not { } candidate)
            {
                return Invalid(ModelMetadata.ModelFileName, "is not a loadable ML.NET model");
            }

            if (await registry.GetAsync(metadata.ModelVersion, cancellationToken) is not null)
            {
                return Conflict($"Model {metadata.ModelVersion} is registered already.");
            }

            var cardFigures = RegistrationFigures.From(card.Evaluation);
            var server = await evaluation.EvaluateAsync(candidate, cardFigures, cancellationToken);
            CardFigures.ThrowIfInflated(metadata.ModelVersion, cardFigures, server, gateOptions.Value.CardRefuseTolerance);
            var registered = await registry.RegisterAsync(directory, caller.Subject, cardFigures, server, cancellationToken);
            return Results.Json(ModelView.From(registered), ScreeningJson.Options, statusCode: StatusCodes.Status201Created);
        }
        catch (PromotionGateException ex)
        {
            return GateFailed(ex);
        }
        catch (RegistryConflictException ex)
        {
            return Conflict(ex.Message);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>POST /api/models/{version}/promote: body { to: "shadow" | "active", reason, fairnessOverride? }.</summary>
    public async Task<IResult> PromoteAsync(HttpRequest request, string version, CancellationToken cancellationToken)
    {
        if (callers.Caller is not { } caller)
        {
            return Unauthorized();
        }

        var (body, problem) = await JsonRequestBody.ReadAsync<PromoteRequest>(request, 64 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var to = body!.To?.Trim().ToLowerInvariant() switch
        {
            "shadow" => ModelStage.Shadow,
            "active" => ModelStage.Active,
            _ => (ModelStage?)null,
        };
        if (to is null)
        {
            errors.Add(new FieldError("to", "must be \"shadow\" or \"active\""));
        }

        CheckReason(body.Reason, "reason", errors);
        if (body.FairnessOverride is not null)
        {
            CheckReason(body.FairnessOverride, "fairnessOverride", errors);
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The promotion request is invalid.");
        }

        // The model scores every jurisdiction's records, so overriding its fairness gate is a
        // supervisor's call for all of them: a supervisor of one country cannot make it for the others.
        var overrides = !string.IsNullOrWhiteSpace(body.FairnessOverride);
        if (overrides && !JurisdictionCodes.All.All(caller.IsSupervisorFor))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not allowed",
                detail: $"Only a supervisor of every jurisdiction ({AppRoles.ReviewSupervisor} for all six, by the jurisdictions claim or {AppRoles.JurisdictionsAll}) may override the fairness gate.",
                type: Problems.TypeBase + "forbidden");
        }

        if (!IsVersion(version) || await registry.GetAsync(version, cancellationToken) is not { } existing)
        {
            return Problems.NotFound("model");
        }

        if (overrides)
        {
            await grants.RecordAsync(caller, [AppRoles.ReviewSupervisor], JurisdictionCodes.All, "PromoteModel fairness override", request.HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        }

        try
        {
            if (to == ModelStage.Active && existing.Stage == ModelStage.Shadow)
            {
                // The gates read the server's figures: on the current frozen set, against the model active now.
                await evaluation.EnsureCurrentAsync(version, cancellationToken);
            }

            var promoted = await registry.PromoteAsync(version, to!.Value, caller.Subject, body.Reason!.Trim(), body.FairnessOverride?.Trim(), cancellationToken);
            await serving.SyncAsync(cancellationToken);
            return Results.Json(new { model = ModelView.From(promoted), serving = Serving() }, ScreeningJson.Options);
        }
        catch (PromotionGateException ex)
        {
            return GateFailed(ex);
        }
        catch (RegistryException ex)
        {
            return Conflict(ex.Message);
        }
    }

    /// <summary>POST /api/models/rollback: body { reason }. The previous active model becomes active again.</summary>
    public async Task<IResult> RollbackAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (callers.Caller is not { } caller)
        {
            return Unauthorized();
        }

        var (body, problem) = await JsonRequestBody.ReadAsync<RollbackRequest>(request, 64 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        CheckReason(body!.Reason, "reason", errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The rollback request is invalid.");
        }

        try
        {
            var restored = await registry.RollbackAsync(caller.Subject, body.Reason!.Trim(), cancellationToken);
            await serving.SyncAsync(cancellationToken);
            return Results.Json(new { model = ModelView.From(restored), serving = Serving() }, ScreeningJson.Options);
        }
        catch (RegistryException ex)
        {
            return Conflict(ex.Message);
        }
    }

    private ServingView Serving() => new(model.Active.Version, model.Shadow?.Version);

    private static bool IsVersion(string? version) => version is not null && VersionPattern().IsMatch(version);

    // \z, not $: $ also matches before a final line feed, which a percent-encoded path can carry.
    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}\\z")]
    private static partial Regex VersionPattern();

    private static void CheckReason(string? reason, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new FieldError(field, "is required: say why (it is audited)"));
        }
        else if (reason.Length > MaxReasonLength)
        {
            errors.Add(new FieldError(field, $"is longer than {MaxReasonLength} characters"));
        }
    }

    private static IResult? Extract(byte[] body, string directory)
    {
        Directory.CreateDirectory(directory);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries)
            {
                // Only the known file names, flattened: no path from the archive reaches the file system.
                var name = Path.GetFileName(entry.FullName);
                if (!RequiredFiles.Contains(name, StringComparer.Ordinal) && !OptionalFiles.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                if (entry.Length > MaxEntryBytes)
                {
                    return Invalid(name, $"is larger than {MaxEntryBytes / (1024 * 1024)} MiB unpacked");
                }

                entry.ExtractToFile(Path.Combine(directory, name), overwrite: true);
            }
        }
        catch (InvalidDataException)
        {
            return Invalid("body", "is not a readable zip archive");
        }

        var missing = RequiredFiles.Where(f => !File.Exists(Path.Combine(directory, f))).Select(f => new FieldError(f, "is missing from the archive")).ToList();
        return missing.Count > 0 ? Problems.Validation(missing, "A model directory holds model.zip, model.json and model-card.json.") : null;
    }

    // The loaded model, or null when ML.NET cannot load the file.
    private static MlNetRiskModel? LoadFails(string directory)
    {
        try
        {
            return MlNetRiskModel.Load(Path.Combine(directory, ModelMetadata.ModelFileName));
        }
#pragma warning disable CA1031 // Whatever ML.NET throws for a broken file, the answer is the same 400.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static IResult? OptionalFileInvalid(string directory)
    {
        var path = Path.Combine(directory, MonitoringReference.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var reference = MonitoringReference.Load(path);
            return reference.FeatureNames.Count == 0 || reference.FeatureNames.SequenceEqual(FeatureSchema.Names)
                ? null
                : Invalid(MonitoringReference.FileName, "must list this build's feature names (the model's feature schema)");
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            return Invalid(MonitoringReference.FileName, "is not a monitoring reference written by a training run");
        }
    }

    private static IResult Invalid(string path, string message) => Problems.Validation([new FieldError(path, message)], "The request is invalid.");

    private static IResult GateFailed(PromotionGateException ex) => Results.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: $"Promotion gate '{ex.Gate}' failed",
        detail: ex.Message,
        type: Problems.TypeBase + "model-gate/" + ex.Gate,
        extensions: new Dictionary<string, object?> { ["gate"] = ex.Gate });

    private static IResult Conflict(string detail) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Conflict",
        detail: detail,
        type: Problems.TypeBase + "conflict");

    private static IResult Unauthorized() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
}
