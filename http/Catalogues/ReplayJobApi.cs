using System.Globalization;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Catalogues;

/// <summary>
/// Replays of stored history fanned out over workers (routes under /api/catalogues/…/replays): start one
/// (202 with where to look), then read its progress and, once every slice is in, its report.
/// </summary>
public sealed class ReplayJobApi(FanoutReplayService replays)
{
    /// <summary>POST /api/catalogues/{version}/replays?from=…&amp;to=…[&amp;jurisdiction=…].</summary>
    public async Task<IResult> StartAsync(HttpRequest request, string version, CancellationToken ct)
    {
        var query = new QueryValues(request);
        var from = query.Date("from", required: true);
        var to = query.Date("to", required: true);
        var jurisdiction = query.Jurisdiction("jurisdiction");
        if (query.Problem("The replay query is invalid.") is { } problem)
        {
            return problem;
        }

        if (!RouteIds.IsPlausible(version))
        {
            return CatalogueApi.NoSuchVersion();
        }

        var started = await replays.StartAsync(version, from!.Value, to!.Value, jurisdiction is { } j ? [j] : [], ct);
        if (started.Status != CatalogueOutcomeStatus.Ok)
        {
            return CatalogueApi.Map(started, "catalogue");
        }

        var job = started.Value!;
        var location = "/api/catalogues/replays/" + job.Id;
        return Results.Json(
            new { jobId = job.Id, state = "running", slices = job.Slices, parts = job.Parts, status = location },
            ScreeningJson.Options,
            statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>GET /api/catalogues/replays/{jobId}.</summary>
    public async Task<IResult> StatusAsync(string jobId, CancellationToken ct)
    {
        if (await replays.StatusAsync(jobId, ct) is not { } status)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No replay has this id.", type: Problems.TypeBase + "not-found");
        }

        var job = status.Job;
        var report = status.Report;
        return Results.Json(
            new
            {
                jobId = job.Id,
                state = status.State,
                job.CandidateVersion,
                job.InServiceVersion,
                from = job.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                to = job.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                jurisdictions = job.Jurisdictions,
                job.Slices,
                slicesDone = status.SlicesDone,
                slicesFailed = status.SlicesFailed,
                job.StartedAt,
                result = report is null ? null : CatalogueApi.BacktestAnswer(
                    $"{report.Backtest.Records} stored records replayed in event time over {job.Slices} slices; {report.HitsWhenScreened} were hits when screened ({report.Referred} referred, {report.Cleared} cleared)",
                    report.Backtest,
                    report.ToMarkdown()),
            },
            ScreeningJson.Options);
    }
}
