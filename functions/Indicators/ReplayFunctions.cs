using BorderScreening.Adapters.Queues;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Functions.Http;
using BorderScreening.Http.Catalogues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Indicators;

/// <summary>
/// Replays of stored history fanned out over workers: the HTTP triggers start one and read it; the
/// queue trigger runs one slice per message, on as many instances as the queue's length calls for.
/// </summary>
public sealed class ReplayFunctions(ReplayJobApi api, FanoutReplayService replays)
{
    /// <summary>POST /api/catalogues/{version}/replays.</summary>
    [Function(nameof(StartReplay))]
    public Task<IActionResult> StartReplay([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "catalogues/{version}/replays")] HttpRequest request, string version, CancellationToken cancellationToken) =>
        api.StartAsync(request, version, cancellationToken).AsActionResult();

    /// <summary>GET /api/catalogues/replays/{jobId}.</summary>
    [Function(nameof(GetReplay))]
    public Task<IActionResult> GetReplay([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "catalogues/replays/{jobId}")] HttpRequest request, string jobId, CancellationToken cancellationToken) =>
        api.StatusAsync(jobId, cancellationToken).AsActionResult();

    /// <summary>
    /// One slice from the replay-slices queue (the host decodes the Base64 text). A slice failing its
    /// fifth run (host.json queues.maxDequeueCount) is marked failed on its job, then the host moves the
    /// message to replay-slices-poison.
    /// </summary>
    [Function(nameof(RunReplaySlice))]
    public Task RunReplaySlice([QueueTrigger(StorageQueueReplaySliceQueue.QueueName, Connection = "AzureWebJobsStorage")] string message, long dequeueCount, CancellationToken cancellationToken) =>
        replays.RunSliceAsync(ReplaySliceMessage.Parse(message), dequeueCount, cancellationToken);
}
