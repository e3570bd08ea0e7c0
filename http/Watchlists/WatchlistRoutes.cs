using BorderScreening.Application.Security;
using BorderScreening.Application.Watchlists;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Watchlists;

/// <summary>
/// Watchlists (part of <c>RouteTable</c>): list managers (Watchlist.Manage, Watchlist.Children) keep
/// lists and entries; reviewers see a matched entry and report false matches. Which list and which
/// jurisdiction a caller reaches is checked by <see cref="WatchlistService"/> (404 / 403).
/// </summary>
internal static class WatchlistRoutes
{
    private const string Tag = "Watchlists";
    private const string Lists = "/api/watchlists";
    private const string Entries = Lists + "/{listId}/entries";
    private static readonly RoutePolicy Managers = RoutePolicy.AnyOf(AppRoles.WatchlistManage, AppRoles.WatchlistChildren);
    private static readonly RoutePolicy ManagersAndCaseWorkers = RoutePolicy.AnyOf([AppRoles.WatchlistManage, AppRoles.WatchlistChildren, .. AppRoles.CaseWorkers]);

    private static readonly RouteResponse[] Changes =
    [
        RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status403Forbidden),
        RouteResponse.Problem(StatusCodes.Status404NotFound),
    ];

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "ListWatchlists", Method = "GET", Path = Lists, Policy = ManagersAndCaseWorkers, Tag = Tag,
            Summary = "The lists the caller manages, or that apply where the caller reviews",
            Responses = [RouteResponse.Ok<IReadOnlyList<WatchlistDefinition>>()],
            Handler = (WatchlistApi api, CancellationToken ct) => api.ListAsync(ct),
        },
        new()
        {
            Name = "CreateWatchlist", Method = "POST", Path = Lists, Policy = Managers, Tag = Tag,
            Summary = "Create a list owned by a jurisdiction the caller manages (missing children: Watchlist.Children; audited)",
            Request = RouteBody.Json<WatchlistListRequest>(),
            Responses = [RouteResponse.Of<WatchlistDefinition>(StatusCodes.Status201Created), .. Changes, RouteResponse.Problem(StatusCodes.Status409Conflict)],
            Handler = (HttpRequest r, WatchlistApi api, CancellationToken ct) => api.CreateAsync(r, ct),
        },
        new()
        {
            Name = "ConsentToWatchlist", Method = "POST", Path = Lists + "/{listId}/consents", Policy = Managers, Tag = Tag,
            Summary = "Record a jurisdiction's consent to apply a shared list, with the agreement it rests on (a manager of that jurisdiction; audited)",
            Request = RouteBody.Json<ConsentRequest>(),
            Responses = [RouteResponse.Ok<WatchlistDefinition>(), .. Changes],
            Handler = (HttpRequest r, string listId, WatchlistApi api, CancellationToken ct) => api.ConsentAsync(r, listId, ct),
        },
        new()
        {
            Name = "ListWatchlistEntries", Method = "GET", Path = Entries, Policy = Managers, Tag = Tag,
            Summary = "A list's entries (its managers; identifiers masked)",
            Responses = [RouteResponse.Ok<IReadOnlyList<WatchlistEntryView>>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string listId, WatchlistApi api, CancellationToken ct) => api.EntriesAsync(listId, ct),
        },
        new()
        {
            Name = "AddWatchlistEntry", Method = "POST", Path = Entries, Policy = Managers, Tag = Tag,
            Summary = "Add or replace an entry (identifiers are hashed with every jurisdiction's key, never stored in clear; audited)",
            Request = RouteBody.Json<WatchlistEntryRequest>(),
            Responses = [RouteResponse.Of<WatchlistEntryView>(StatusCodes.Status201Created), .. Changes],
            Handler = (HttpRequest r, string listId, WatchlistApi api, CancellationToken ct) => api.AddEntryAsync(r, listId, ct),
        },
        new()
        {
            Name = "ImportWatchlist", Method = "POST", Path = Lists + "/{listId}/import", Policy = Managers, Tag = Tag,
            Summary = "Bulk import from CSV: valid lines are stored, each bad line is reported with its number and field (audited)",
            Description = "Body: text/csv with the header entry_id,kind,given_names,name,birth_date,value,document_type,issuing_state,reason,source,valid_from,valid_to (docs/watchlists.md).",
            Responses = [RouteResponse.Ok<WatchlistImportReport>(), .. Changes, RouteResponse.Problem(StatusCodes.Status413PayloadTooLarge), RouteResponse.Problem(StatusCodes.Status415UnsupportedMediaType)],
            Handler = (HttpRequest r, string listId, WatchlistApi api, CancellationToken ct) => api.ImportAsync(r, listId, ct),
        },
        new()
        {
            Name = "GetWatchlistEntry", Method = "GET", Path = Entries + "/{entryId}", Policy = ManagersAndCaseWorkers, Tag = Tag,
            Summary = "One entry: its managers, and reviewers of a jurisdiction the list applies to (audited)",
            Responses = [RouteResponse.Ok<WatchlistEntryView>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string listId, string entryId, WatchlistApi api, CancellationToken ct) => api.GetEntryAsync(listId, entryId, ct),
        },
        new()
        {
            Name = "ExpireWatchlistEntry", Method = "POST", Path = Entries + "/{entryId}/expire", Policy = Managers, Tag = Tag,
            Summary = "End an entry's validity (query lastDay=YYYY-MM-DD, default yesterday; audited)",
            Query = [RouteQuery.Date("lastDay", "Last day the entry applies (YYYY-MM-DD); yesterday when absent.")],
            Responses = [RouteResponse.Ok<WatchlistEntryView>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string listId, string entryId, WatchlistApi api, CancellationToken ct) => api.ExpireEntryAsync(r, listId, entryId, ct),
        },
        new()
        {
            Name = "RemoveWatchlistEntry", Method = "DELETE", Path = Entries + "/{entryId}", Policy = Managers, Tag = Tag,
            Summary = "Remove an entry (audited)",
            Responses = [RouteResponse.Untyped(StatusCodes.Status204NoContent), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string listId, string entryId, WatchlistApi api, CancellationToken ct) => api.RemoveEntryAsync(listId, entryId, ct),
        },
        new()
        {
            Name = "ReportWatchlistFalseMatch", Method = "POST", Path = Entries + "/{entryId}/false-matches", Policy = RoutePolicy.AnyOf(AppRoles.CaseWorkers), Tag = Tag,
            Summary = "Reviewer: the case matched this entry wrongly; kept as a labelled pair (match = false) for the list managers (audited on the case)",
            Request = RouteBody.Json<FalseMatchRequest>(),
            Responses = [RouteResponse.Of<FalseMatch>(StatusCodes.Status201Created), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string listId, string entryId, WatchlistApi api, CancellationToken ct) => api.ReportFalseMatchAsync(r, listId, entryId, ct),
        },
        new()
        {
            Name = "ExportWatchlistFalseMatches", Method = "GET", Path = Lists + "/{listId}/false-matches", Policy = Managers, Tag = Tag,
            Summary = "The false matches reviewers reported on the list, as labelled pairs (CSV for `screening watchlist evaluate-pairs`; audited)",
            Description = "Columns given_a,surname_a,birth_a,given_b,surname_b,birth_b,match (always false),case_id,entry_id,jurisdiction,reported_at. Holds the names of screened people: for the list's managers only.",
            Responses = [RouteResponse.Untyped(StatusCodes.Status200OK, "text/csv"), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string listId, WatchlistApi api, CancellationToken ct) => api.FalseMatchesAsync(listId, ct),
        },
    ];
}
