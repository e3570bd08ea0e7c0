using BorderScreening.Functions.Http;
using BorderScreening.Http.Oversight;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Oversight;

/// <summary>HTTP triggers for theme-register signals.</summary>
public sealed class SignalFunctions(SignalApi api)
{
    private const string Signal = "review/{jurisdiction}/cases/{caseId}/signal";

    /// <summary>GET …/signal.</summary>
    [Function(nameof(GetSignal))]
    public Task<IActionResult> GetSignal([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Signal)] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.GetAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>GET …/signal/html.</summary>
    [Function(nameof(GetSignalHtml))]
    public Task<IActionResult> GetSignalHtml([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Signal + "/html")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.GetHtmlAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/signal/resend.</summary>
    [Function(nameof(ResendSignal))]
    public Task<IActionResult> ResendSignal([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Signal + "/resend")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.ResendAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();
}
