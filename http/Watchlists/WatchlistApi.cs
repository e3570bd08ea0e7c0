using System.Text;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Security;
using BorderScreening.Application.Watchlists;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Watchlists;

/// <summary>
/// The HTTP face of the watchlists (routes under /api/watchlists, see <see cref="WatchlistRoutes"/>):
/// adapts requests to <see cref="WatchlistService"/>, which checks the rights per list and jurisdiction.
/// </summary>
public sealed class WatchlistApi(WatchlistService watchlists, ICallerAccessor callers)
{
    /// <summary>The largest CSV import accepted.</summary>
    public const int MaxImportBytes = 32 * 1024 * 1024;

    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>GET /api/watchlists.</summary>
    public Task<IResult> ListAsync(CancellationToken ct) =>
        WithCallerAsync(async caller => Results.Json(await watchlists.ListsAsync(caller, ct), Application.Feeds.Json.ScreeningJson.Options));

    /// <summary>POST /api/watchlists.</summary>
    public Task<IResult> CreateAsync(HttpRequest request, CancellationToken ct) =>
        WithBodyAsync<WatchlistListRequest>(request, async (caller, body) => Map(await watchlists.CreateListAsync(caller, body, ct), StatusCodes.Status201Created), ct);

    /// <summary>POST /api/watchlists/{listId}/consents.</summary>
    public Task<IResult> ConsentAsync(HttpRequest request, string listId, CancellationToken ct) =>
        WithBodyAsync<ConsentRequest>(request, async (caller, body) => Map(await watchlists.ConsentAsync(caller, listId, body.Jurisdiction, body.Basis, ct)), ct);

    /// <summary>GET /api/watchlists/{listId}/entries.</summary>
    public Task<IResult> EntriesAsync(string listId, CancellationToken ct) =>
        WithCallerAsync(async caller =>
        {
            var result = await watchlists.EntriesAsync(caller, listId, ct);
            return result.Status == ReviewStatus.Ok ? Results.Json(result.Value!.Select(WatchlistEntryView.Of), Application.Feeds.Json.ScreeningJson.Options) : Map(result);
        });

    /// <summary>POST /api/watchlists/{listId}/entries.</summary>
    public Task<IResult> AddEntryAsync(HttpRequest request, string listId, CancellationToken ct) =>
        WithBodyAsync<WatchlistEntryRequest>(request, async (caller, body) => MapEntry(await watchlists.AddEntryAsync(caller, listId, body, ct), StatusCodes.Status201Created), ct);

    /// <summary>GET /api/watchlists/{listId}/entries/{entryId}.</summary>
    public Task<IResult> GetEntryAsync(string listId, string entryId, CancellationToken ct) =>
        WithCallerAsync(async caller => MapEntry(await watchlists.GetEntryAsync(caller, listId, entryId, ct)));

    /// <summary>POST /api/watchlists/{listId}/entries/{entryId}/expire (query: lastDay=YYYY-MM-DD, default yesterday).</summary>
    public Task<IResult> ExpireEntryAsync(HttpRequest request, string listId, string entryId, CancellationToken ct) =>
        WithCallerAsync(async caller =>
        {
            // A day inside the API's date window, checked before the entry is looked up (bad input is a 400 first).
            var query = new QueryValues(request);
            var lastDay = query.Date("lastDay");
            if (query.Problem("The query is invalid.") is { } problem)
            {
                return problem;
            }

            return MapEntry(await watchlists.ExpireEntryAsync(caller, listId, entryId, lastDay, ct));
        });

    /// <summary>DELETE /api/watchlists/{listId}/entries/{entryId}.</summary>
    public Task<IResult> RemoveEntryAsync(string listId, string entryId, CancellationToken ct) =>
        WithCallerAsync(async caller =>
        {
            var result = await watchlists.RemoveEntryAsync(caller, listId, entryId, ct);
            return result.Status == ReviewStatus.Ok ? Results.NoContent() : Map(result);
        });

    /// <summary>POST /api/watchlists/{listId}/import: body text/csv (see <see cref="WatchlistCsv"/>).</summary>
    public Task<IResult> ImportAsync(HttpRequest request, string listId, CancellationToken ct) =>
        WithCallerAsync(async caller =>
        {
            if (!RequestBody.HasMediaType(request, "text/csv"))
            {
                return Problems.UnsupportedMediaType("text/csv");
            }

            if (await RequestBody.ReadAsync(request, MaxImportBytes, ct) is not { } bytes)
            {
                return Problems.TooLarge(MaxImportBytes);
            }

            using var reader = new StringReader(Encoding.UTF8.GetString(bytes));
            return Map(await watchlists.ImportAsync(caller, listId, reader, ct));
        });

    /// <summary>POST /api/watchlists/{listId}/entries/{entryId}/false-matches: body {"caseId": …}.</summary>
    public Task<IResult> ReportFalseMatchAsync(HttpRequest request, string listId, string entryId, CancellationToken ct) =>
        WithBodyAsync<FalseMatchRequest>(request, async (caller, body) => string.IsNullOrWhiteSpace(body.CaseId) || !RouteIds.IsPlausible(body.CaseId)
            ? Problems.Validation([new Application.Feeds.FieldError("caseId", "is required")], "The request is invalid.")
            : Map(await watchlists.ReportFalseMatchAsync(caller, listId, entryId, body.CaseId, ct), StatusCodes.Status201Created), ct);

    /// <summary>GET /api/watchlists/{listId}/false-matches: the reported false matches as a labelled-pairs CSV.</summary>
    public Task<IResult> FalseMatchesAsync(string listId, CancellationToken ct) =>
        WithCallerAsync(async caller =>
        {
            var result = await watchlists.FalseMatchesCsvAsync(caller, listId, ct);
            return result.Status == ReviewStatus.Ok ? Results.Text(result.Value!, "text/csv; charset=utf-8") : Map(result);
        });

    private async Task<IResult> WithCallerAsync(Func<Caller, Task<IResult>> action) =>
        callers.Caller is { } caller
            ? await action(caller)
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");

    private Task<IResult> WithBodyAsync<T>(HttpRequest request, Func<Caller, T, Task<IResult>> action, CancellationToken ct)
        where T : class =>
        !RequestBody.HasMediaType(request, "application/json")
            ? Task.FromResult(Problems.UnsupportedMediaType("application/json"))
            : WithCallerAsync(async caller =>
            {
                var (body, problem) = await JsonRequestBody.ReadAsync<T>(request, MaxBodyBytes, ct);
                return problem ?? await action(caller, body!);
            });

    private static IResult MapEntry(ReviewResult<WatchlistEntry> result, int okStatus = StatusCodes.Status200OK) =>
        ReviewResults.ToHttp(result.Status == ReviewStatus.Ok ? ReviewResult<WatchlistEntryView>.Ok(WatchlistEntryView.Of(result.Value!)) : new ReviewResult<WatchlistEntryView>(result.Status, null, result.Message, result.Errors), "watchlist entry", okStatus);

    private static IResult Map<T>(ReviewResult<T> result, int okStatus = StatusCodes.Status200OK) =>
        ReviewResults.ToHttp(result, "watchlist", okStatus);
}
