using BorderScreening.Functions.Http;
using BorderScreening.Http.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Model;

/// <summary>HTTP triggers of the frozen evaluation set the server's model gates use.</summary>
public sealed class EvaluationSetFunctions(EvaluationSetApi api)
{
    private const string Route = "models/evaluation-set";

    /// <summary>GET /api/models/evaluation-set.</summary>
    [Function(nameof(GetEvaluationSet))]
    public Task<IActionResult> GetEvaluationSet([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetAsync(cancellationToken).AsActionResult();

    /// <summary>POST /api/models/evaluation-set.</summary>
    [Function(nameof(FreezeEvaluationSet))]
    public Task<IActionResult> FreezeEvaluationSet([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request, CancellationToken cancellationToken) =>
        api.FreezeAsync(request, cancellationToken).AsActionResult();
}
