using BorderScreening.Functions.Http;
using BorderScreening.Http.Watchlists;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Watchlists;

/// <summary>HTTP triggers of the watchlists API.</summary>
public sealed class WatchlistFunctions(WatchlistApi api)
{
    private const string Lists = "watchlists";
    private const string Entries = "watchlists/{listId}/entries";

    /// <summary>GET /api/watchlists.</summary>
    [Function(nameof(ListWatchlists))]
    public Task<IActionResult> ListWatchlists([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Lists)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListAsync(cancellationToken).AsActionResult();

    /// <summary>POST /api/watchlists.</summary>
    [Function(nameof(CreateWatchlist))]
    public Task<IActionResult> CreateWatchlist([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Lists)] HttpRequest request, CancellationToken cancellationToken) =>
        api.CreateAsync(request, cancellationToken).AsActionResult();

    /// <summary>POST /api/watchlists/{listId}/consents.</summary>
    [Function(nameof(ConsentToWatchlist))]
    public Task<IActionResult> ConsentToWatchlist([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Lists + "/{listId}/consents")] HttpRequest request, string listId, CancellationToken cancellationToken) =>
        api.ConsentAsync(request, listId, cancellationToken).AsActionResult();

    /// <summary>GET /api/watchlists/{listId}/entries.</summary>
    [Function(nameof(ListWatchlistEntries))]
    public Task<IActionResult> ListWatchlistEntries([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Entries)] HttpRequest request, string listId, CancellationToken cancellationToken) =>
        api.EntriesAsync(listId, cancellationToken).AsActionResult();

    /// <summary>POST /api/watchlists/{listId}/entries.</summary>
    [Function(nameof(AddWatchlistEntry))]
    public Task<IActionResult> AddWatchlistEntry([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Entries)] HttpRequest request, string listId, CancellationToken cancellationToken) =>
        api.AddEntryAsync(request, listId, cancellationToken).AsActionResult();

    /// <summary>POST /api/watchlists/{listId}/import.</summary>
    [Function(nameof(ImportWatchlist))]
    public Task<IActionResult> ImportWatchlist([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Lists + "/{listId}/import")] HttpRequest request, string listId, CancellationToken cancellationToken) =>
        api.ImportAsync(request, listId, cancellationToken).AsActionResult();

    /// <summary>GET /api/watchlists/{listId}/entries/{entryId}.</summary>
    [Function(nameof(GetWatchlistEntry))]
    public Task<IActionResult> GetWatchlistEntry([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Entries + "/{entryId}")] HttpRequest request, string listId, string entryId, CancellationToken cancellationToken) =>
        api.GetEntryAsync(listId, entryId, cancellationToken).AsActionResult();

    /// <summary>POST /api/watchlists/{listId}/entries/{entryId}/expire.</summary>
    [Function(nameof(ExpireWatchlistEntry))]
    public Task<IActionResult> ExpireWatchlistEntry([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Entries + "/{entryId}/expire")] HttpRequest request, string listId, string entryId, CancellationToken cancellationToken) =>
        api.ExpireEntryAsync(request, listId, entryId, cancellationToken).AsActionResult();

    /// <summary>DELETE /api/watchlists/{listId}/entries/{entryId}.</summary>
    [Function(nameof(RemoveWatchlistEntry))]
    public Task<IActionResult> RemoveWatchlistEntry([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Entries + "/{entryId}")] HttpRequest request, string listId, string entryId, CancellationToken cancellationToken) =>
        api.RemoveEntryAsync(listId, entryId, cancellationToken).AsActionResult();

    /// <summary>POST /api/watchlists/{listId}/entries/{entryId}/false-matches.</summary>
    [Function(nameof(ReportWatchlistFalseMatch))]
    public Task<IActionResult> ReportWatchlistFalseMatch([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Entries + "/{entryId}/false-matches")] HttpRequest request, string listId, string entryId, CancellationToken cancellationToken) =>
        api.ReportFalseMatchAsync(request, listId, entryId, cancellationToken).AsActionResult();

    /// <summary>GET /api/watchlists/{listId}/false-matches.</summary>
    [Function(nameof(ExportWatchlistFalseMatches))]
    public Task<IActionResult> ExportWatchlistFalseMatches([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Lists + "/{listId}/false-matches")] HttpRequest request, string listId, CancellationToken cancellationToken) =>
        api.FalseMatchesAsync(listId, cancellationToken).AsActionResult();
}
