using BorderScreening.Functions.Http;
using BorderScreening.Http.Supervision;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Supervision;

/// <summary>HTTP triggers of the supervisors' reports and settings.</summary>
public sealed class SupervisionFunctions(SupervisionApi api)
{
    private const string Base = "supervision/{jurisdiction}";

    /// <summary>GET /api/supervision/{jurisdiction}/agreement.</summary>
    [Function(nameof(GetAgreementReport))]
    public Task<IActionResult> GetAgreementReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base + "/agreement")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.GetAgreementAsync(request, jurisdiction, cancellationToken).AsActionResult();
}
