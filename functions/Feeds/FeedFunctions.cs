using BorderScreening.Functions.Http;
using BorderScreening.Http.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Feeds;

/// <summary>HTTP triggers for the standard border formats.</summary>
public sealed class FeedFunctions(ScreeningApi api)
{
    /// <summary>POST /api/feeds/paxlst.</summary>
    [Function(nameof(PostPaxlst))]
    public Task<IActionResult> PostPaxlst(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "feeds/paxlst")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.PostPaxlstAsync(request, cancellationToken).AsActionResult();

    /// <summary>POST /api/feeds/pnrgov.</summary>
    [Function(nameof(PostPnrgov))]
    public Task<IActionResult> PostPnrgov(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "feeds/pnrgov")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.PostPnrgovAsync(request, cancellationToken).AsActionResult();

    /// <summary>POST /api/feeds/work-permits.</summary>
    [Function(nameof(PostWorkPermitCsv))]
    public Task<IActionResult> PostWorkPermitCsv(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "feeds/work-permits")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.PostWorkPermitCsvAsync(request, cancellationToken).AsActionResult();
}
