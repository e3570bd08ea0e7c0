using BorderScreening.Functions.Http;
using BorderScreening.Http.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Model;

/// <summary>Labelled examples for data scientists.</summary>
public sealed class LabelFunctions(LabelExportApi api)
{
    /// <summary>GET /api/labels/export.</summary>
    [Function(nameof(ExportLabels))]
    public Task<IActionResult> ExportLabels(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "labels/export")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.ExportAsync(request, cancellationToken).AsActionResult();
}
