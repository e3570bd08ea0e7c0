using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;
using BorderScreening.Model.Serving.Gating;
using BorderScreening.Model.Serving.Registry;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Models;

/// <summary>
/// Labels for retraining and the model registry (part of <c>RouteTable</c>): data
/// scientists export and register, promoters promote and roll back (the fairness override also
/// needs Review.Supervisor for every jurisdiction, checked by <see cref="ModelRegistryApi"/>); auditors read.
/// </summary>
internal static class ModelRoutes
{
    private const string Tag = "Model";
    private static readonly RoutePolicy Readers = RoutePolicy.AnyOf(AppRoles.ModelTrain, AppRoles.ModelPromote, AppRoles.AuditRead);

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            // Depersonalised.
            Name = "ExportLabels", Method = "GET", Path = "/api/labels/export", Policy = RoutePolicy.AnyOf(AppRoles.ModelTrain), Tag = Tag,
            Summary = "Data scientists: reviewers' decisions as depersonalised labelled examples (JSON lines, or Parquet with format=parquet; optional jurisdiction), of the jurisdictions the caller reaches",
            Query = [RouteQuery.Jurisdiction("jurisdiction", "Only decisions of this jurisdiction."), RouteQuery.Choice("format", "jsonl (default) or parquet: one flat table, features as columns (docs/model.md).", "jsonl", "parquet")],
            Responses = [RouteResponse.Untyped(StatusCodes.Status200OK, "application/x-ndjson"), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, LabelExportApi api, CancellationToken ct) => api.ExportAsync(r, ct),
        },
        new()
        {
            Name = "ListModels", Method = "GET", Path = "/api/models", Policy = Readers, Tag = Tag,
            Summary = "Registered models with stage and holdout figures, and the versions this instance serves",
            Responses = [RouteResponse.Ok<ModelListView>()],
            Handler = (ModelRegistryApi api, CancellationToken ct) => api.ListAsync(ct),
        },
        new()
        {
            Name = "ModelRegistryAudit", Method = "GET", Path = "/api/models/audit", Policy = Readers, Tag = Tag,
            Summary = "The registry's audit trail (register, promote, rollback, bootstrap), newest first",
            Responses = [RouteResponse.Ok<IReadOnlyList<RegistryAuditView>>()],
            Handler = (ModelRegistryApi api, CancellationToken ct) => api.AuditAsync(ct),
        },
        new()
        {
            Name = "GetEvaluationSet", Method = "GET", Path = "/api/models/evaluation-set", Policy = Readers, Tag = Tag,
            Summary = "The frozen evaluation set the server's gates compare every model on (id, content hash, kind, counts; no rows)",
            Responses = [RouteResponse.Ok<EvaluationSetView>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (EvaluationSetApi api, CancellationToken ct) => api.GetAsync(ct),
        },
        new()
        {
            Name = "FreezeEvaluationSet", Method = "POST", Path = "/api/models/evaluation-set", Policy = RoutePolicy.AnyOf(AppRoles.ModelPromote), Tag = Tag,
            Summary = "Promoters: freeze a new evaluation set from the labels stored now (reason required); later evaluations and promotions use it",
            Request = RouteBody.Json<FreezeEvaluationSetRequest>(),
            Responses = [RouteResponse.Of<EvaluationSetView>(StatusCodes.Status201Created), RouteResponse.Problem(StatusCodes.Status400BadRequest)],
            Handler = (HttpRequest r, EvaluationSetApi api, CancellationToken ct) => api.FreezeAsync(r, ct),
        },
        new()
        {
            Name = "GetModel", Method = "GET", Path = "/api/models/{version}", Policy = Readers, Tag = Tag,
            Summary = "One model with the headline figures of its model card",
            Responses = [RouteResponse.Ok<ModelDetailView>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string version, ModelRegistryApi api, CancellationToken ct) => api.GetAsync(version, ct),
        },
        new()
        {
            // No request body declared: a zip, whose media type the API checks (as for the feeds).
            Name = "RegisterModel", Method = "POST", Path = "/api/models", Policy = RoutePolicy.AnyOf(AppRoles.ModelTrain), Tag = Tag,
            Summary = "Data scientists: register a trained model as a candidate (body: application/zip of model.zip, model.json, model-card.json, optional monitoring-reference.json); the server evaluates it on its frozen set, 422 card-figures for an inflated card",
            Responses =
            [
                RouteResponse.Of<ModelView>(StatusCodes.Status201Created), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status409Conflict), RouteResponse.Problem(StatusCodes.Status413PayloadTooLarge),
                RouteResponse.Problem(StatusCodes.Status415UnsupportedMediaType), RouteResponse.Problem(StatusCodes.Status422UnprocessableEntity),
            ],
            Handler = (HttpRequest r, ModelRegistryApi api, CancellationToken ct) => api.RegisterAsync(r, ct),
        },
        new()
        {
            Name = "PromoteModel", Method = "POST", Path = "/api/models/{version}/promote", Policy = RoutePolicy.AnyOf(AppRoles.ModelPromote), Tag = Tag,
            Summary = "Promote to shadow or active with a reason; 422 names the gate that refused (fairness override: supervisors only)",
            Request = RouteBody.Json<PromoteRequest>(),
            Responses =
            [
                RouteResponse.Untyped(StatusCodes.Status200OK), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status403Forbidden), RouteResponse.Problem(StatusCodes.Status404NotFound),
                RouteResponse.Problem(StatusCodes.Status409Conflict), RouteResponse.Problem(StatusCodes.Status422UnprocessableEntity),
            ],
            Handler = (HttpRequest r, string version, ModelRegistryApi api, CancellationToken ct) => api.PromoteAsync(r, version, ct),
        },
        new()
        {
            Name = "RollbackModel", Method = "POST", Path = "/api/models/rollback", Policy = RoutePolicy.AnyOf(AppRoles.ModelPromote), Tag = Tag,
            Summary = "Make the previous active model active again (reason required)",
            Request = RouteBody.Json<RollbackRequest>(),
            Responses = [RouteResponse.Untyped(StatusCodes.Status200OK), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status409Conflict)],
            Handler = (HttpRequest r, ModelRegistryApi api, CancellationToken ct) => api.RollbackAsync(r, ct),
        },
    ];
}
