using BorderScreening.Functions.Http;
using BorderScreening.Http.Fieldwork;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Fieldwork;

/// <summary>HTTP triggers of officers' observations and check planning.</summary>
public sealed class FieldworkFunctions(FieldworkApi api)
{
    private const string Plan = "check-planning/{jurisdiction}";

    /// <summary>POST /api/review/{jurisdiction}/cases/{caseId}/observations.</summary>
    [Function(nameof(AddObservations))]
    public Task<IActionResult> AddObservations([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/{jurisdiction}/cases/{caseId}/observations")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.AddObservationsAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>GET /api/check-planning/{jurisdiction}.</summary>
    [Function(nameof(GetCheckPlan))]
    public Task<IActionResult> GetCheckPlan([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Plan)] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.GetPlanAsync(request, jurisdiction, cancellationToken).AsActionResult();

    /// <summary>POST /api/check-planning/{jurisdiction}/findings.</summary>
    [Function(nameof(RecordInspectionFinding))]
    public Task<IActionResult> RecordInspectionFinding([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Plan + "/findings")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.RecordFindingAsync(request, jurisdiction, cancellationToken).AsActionResult();
}
