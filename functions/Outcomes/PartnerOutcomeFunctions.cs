using BorderScreening.Functions.Http;
using BorderScreening.Http.Outcomes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Outcomes;

/// <summary>HTTP trigger through which partners record what became of a referral.</summary>
public sealed class PartnerOutcomeFunctions(PartnerOutcomeApi api)
{
    /// <summary>PUT /api/outcomes/{jurisdiction}/signals/{signalId}.</summary>
    [Function(nameof(RecordPartnerOutcome))]
    public Task<IActionResult> RecordPartnerOutcome([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "outcomes/{jurisdiction}/signals/{signalId}")] HttpRequest request, string jurisdiction, string signalId, CancellationToken cancellationToken) =>
        api.RecordAsync(request, jurisdiction, signalId, cancellationToken).AsActionResult();
}
