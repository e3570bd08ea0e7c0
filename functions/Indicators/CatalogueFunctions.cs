using BorderScreening.Functions.Http;
using BorderScreening.Http.Catalogues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Indicators;

/// <summary>HTTP triggers of catalogue governance (Rules.Manage).</summary>
public sealed class CatalogueFunctions(CatalogueApi api)
{
    /// <summary>GET /api/catalogues.</summary>
    [Function(nameof(ListCatalogues))]
    public Task<IActionResult> ListCatalogues([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "catalogues")] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListAsync(cancellationToken).AsActionResult();

    /// <summary>POST /api/catalogues.</summary>
    [Function(nameof(UploadCatalogue))]
    public Task<IActionResult> UploadCatalogue([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "catalogues")] HttpRequest request, CancellationToken cancellationToken) =>
        api.UploadAsync(request, cancellationToken).AsActionResult();

    /// <summary>POST /api/catalogues/{version}/backtest.</summary>
    [Function(nameof(BacktestCatalogue))]
    public Task<IActionResult> BacktestCatalogue([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "catalogues/{version}/backtest")] HttpRequest request, string version, CancellationToken cancellationToken) =>
        api.BacktestAsync(request, version, cancellationToken).AsActionResult();

    /// <summary>POST /api/catalogues/{version}/activate.</summary>
    [Function(nameof(ActivateCatalogue))]
    public Task<IActionResult> ActivateCatalogue([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "catalogues/{version}/activate")] HttpRequest request, string version, CancellationToken cancellationToken) =>
        api.ActivateAsync(request, version, cancellationToken).AsActionResult();

    /// <summary>POST /api/catalogues/rollback.</summary>
    [Function(nameof(RollbackCatalogue))]
    public Task<IActionResult> RollbackCatalogue([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "catalogues/rollback")] HttpRequest request, CancellationToken cancellationToken) =>
        api.RollbackAsync(request, cancellationToken).AsActionResult();
}
