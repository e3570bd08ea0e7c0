using BorderScreening.Functions.Http;
using BorderScreening.Http.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Model;

/// <summary>HTTP triggers of the model registry.</summary>
public sealed class ModelRegistryFunctions(ModelRegistryApi api)
{
    private const string Models = "models";

    /// <summary>GET /api/models.</summary>
    [Function(nameof(ListModels))]
    public Task<IActionResult> ListModels([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Models)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListAsync(cancellationToken).AsActionResult();

    /// <summary>GET /api/models/audit.</summary>
    [Function(nameof(ModelRegistryAudit))]
    public Task<IActionResult> ModelRegistryAudit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Models + "/audit")] HttpRequest request, CancellationToken cancellationToken) =>
        api.AuditAsync(cancellationToken).AsActionResult();

    /// <summary>GET /api/models/{version}.</summary>
    [Function(nameof(GetModel))]
    public Task<IActionResult> GetModel([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Models + "/{version}")] HttpRequest request, string version, CancellationToken cancellationToken) =>
        api.GetAsync(version, cancellationToken).AsActionResult();

    /// <summary>POST /api/models (application/zip).</summary>
    [Function(nameof(RegisterModel))]
    public Task<IActionResult> RegisterModel([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Models)] HttpRequest request, CancellationToken cancellationToken) =>
        api.RegisterAsync(request, cancellationToken).AsActionResult();

    /// <summary>POST /api/models/{version}/promote.</summary>
    [Function(nameof(PromoteModel))]
    public Task<IActionResult> PromoteModel([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Models + "/{version}/promote")] HttpRequest request, string version, CancellationToken cancellationToken) =>
        api.PromoteAsync(request, version, cancellationToken).AsActionResult();

    /// <summary>POST /api/models/rollback.</summary>
    [Function(nameof(RollbackModel))]
    public Task<IActionResult> RollbackModel([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Models + "/rollback")] HttpRequest request, CancellationToken cancellationToken) =>
        api.RollbackAsync(request, cancellationToken).AsActionResult();
}
