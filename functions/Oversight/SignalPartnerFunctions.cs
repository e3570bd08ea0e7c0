using BorderScreening.Functions.Http;
using BorderScreening.Http.Oversight;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Oversight;

/// <summary>HTTP triggers for a jurisdiction's signal partners and a case's signals.</summary>
public sealed class SignalPartnerFunctions(SignalApi api)
{
    /// <summary>GET /api/review/{jurisdiction}/signal-partners.</summary>
    [Function(nameof(ListSignalPartners))]
    public Task<IActionResult> ListSignalPartners([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/{jurisdiction}/signal-partners")] HttpRequest request, string jurisdiction) =>
        Task.FromResult(api.ListPartners(request, jurisdiction)).AsActionResult();

    /// <summary>GET /api/review/{jurisdiction}/cases/{caseId}/signals.</summary>
    [Function(nameof(ListSignals))]
    public Task<IActionResult> ListSignals([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/{jurisdiction}/cases/{caseId}/signals")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.ListAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();
}
