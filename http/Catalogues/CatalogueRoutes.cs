using BorderScreening.Application.Cases;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Catalogues;

/// <summary>
/// Indicator catalogue governance (part of <c>RouteTable</c>): rules owners change the
/// catalogue; auditors may see what is stored and in force.
/// </summary>
internal static class CatalogueRoutes
{
    private const string Tag = "Catalogues";
    private static readonly RoutePolicy RulesOwners = RoutePolicy.AnyOf(AppRoles.RulesManage);

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "ListCatalogues", Method = "GET", Path = "/api/catalogues", Policy = RoutePolicy.AnyOf(AppRoles.RulesManage, AppRoles.AuditRead), Tag = Tag,
            Summary = "Rules owners and auditors: the catalogue in force, this instance's, earlier ones and the stored candidates",
            Responses = [RouteResponse.Ok<CatalogueListing>()],
            Handler = (CatalogueApi api, CancellationToken ct) => api.ListAsync(ct),
        },
        new()
        {
            Name = "UploadCatalogue", Method = "POST", Path = "/api/catalogues", Policy = RulesOwners, Tag = Tag,
            Summary = "Rules owners: store a candidate catalogue (validated completely; an invalid one is not stored)",
            Description = "Body: the catalogue document (see docs/indicators.md). 400 lists every error with the indicator and the field; 409 when the version is stored with other content; 200 when the same file is stored already.",
            Responses =
            [
                RouteResponse.Of<StoredCatalogue>(StatusCodes.Status201Created), RouteResponse.Ok<StoredCatalogue>(),
                RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status409Conflict),
                RouteResponse.Problem(StatusCodes.Status413PayloadTooLarge),
            ],
            Handler = (HttpRequest r, CatalogueApi api, CancellationToken ct) => api.UploadAsync(r, ct),
        },
        new()
        {
            Name = "BacktestCatalogue", Method = "POST", Path = "/api/catalogues/{version}/backtest", Policy = RulesOwners, Tag = Tag,
            Summary = "Rules owners: compare a stored candidate with the catalogue in force on the stored history of a period replayed in event time (query: from, to, jurisdiction), or on generated records (query: records, seed; also the fallback for a period with nothing stored)",
            Query =
            [
                RouteQuery.Date("from", "First day (UTC, inclusive) of the stored period to replay, by the records' own time."),
                RouteQuery.Date("to", "End (UTC, exclusive) of the stored period; at most 400 days after from."),
                RouteQuery.Jurisdiction("jurisdiction", "One jurisdiction to replay (default: all)."),
                RouteQuery.Integer("records", "Generated records to compare on (default 5000).", 1, CatalogueGovernance.MaxBacktestRecords),
                RouteQuery.Integer("seed", "Seed of the generator, for a repeatable sample.", int.MinValue, int.MaxValue),
            ],
            Responses = [RouteResponse.Untyped(StatusCodes.Status200OK), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string version, CatalogueApi api, CancellationToken ct) => api.BacktestAsync(r, version, ct),
        },
        new()
        {
            Name = "StartReplay", Method = "POST", Path = "/api/catalogues/{version}/replays", Policy = RulesOwners, Tag = Tag,
            Summary = "Rules owners: replay a long stored period (up to 400 days) through a stored candidate, fanned out over workers; answers 202 with the job id and where to read its progress",
            Description = "The plan (one part per jurisdiction, shard and day) is cut into slices of ReplayFanout:PartsPerSlice parts, one message each on the replay-slices queue; workers (the queue trigger in Azure, the local host's worker) run them and the report is their sum. The catalogue in force and the hit thresholds are fixed when the job starts.",
            Query =
            [
                RouteQuery.Date("from", "First day (UTC, inclusive) of the stored period, by the records' own time.", required: true),
                RouteQuery.Date("to", "End (UTC, exclusive) of the stored period; at most 400 days after from.", required: true),
                RouteQuery.Jurisdiction("jurisdiction", "One jurisdiction to replay (default: all)."),
            ],
            Responses = [RouteResponse.Untyped(StatusCodes.Status202Accepted), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string version, ReplayJobApi api, CancellationToken ct) => api.StartAsync(r, version, ct),
        },
        new()
        {
            Name = "GetReplay", Method = "GET", Path = "/api/catalogues/replays/{jobId}", Policy = RulesOwners, Tag = Tag,
            Summary = "Rules owners: a fanned-out replay's progress (slices done of slices) and, once every slice is in, its report",
            Responses = [RouteResponse.Untyped(StatusCodes.Status200OK), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string jobId, ReplayJobApi api, CancellationToken ct) => api.StatusAsync(jobId, ct),
        },
        new()
        {
            Name = "ActivateCatalogue", Method = "POST", Path = "/api/catalogues/{version}/activate", Policy = RulesOwners, Tag = Tag,
            Summary = "Rules owners: put a stored candidate in force on every instance (reason required; audited)",
            Request = RouteBody.Json<ReasonRequest>(),
            Responses =
            [
                RouteResponse.Ok<CatalogueListing>(), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status404NotFound), RouteResponse.Problem(StatusCodes.Status409Conflict),
            ],
            Handler = (HttpRequest r, string version, CatalogueApi api, CancellationToken ct) => api.ActivateAsync(r, version, ct),
        },
        new()
        {
            Name = "RollbackCatalogue", Method = "POST", Path = "/api/catalogues/rollback", Policy = RulesOwners, Tag = Tag,
            Summary = "Rules owners: put the previous catalogue back in force (reason required; audited)",
            Request = RouteBody.Json<ReasonRequest>(),
            Responses = [RouteResponse.Ok<CatalogueListing>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status409Conflict)],
            Handler = (HttpRequest r, CatalogueApi api, CancellationToken ct) => api.RollbackAsync(r, ct),
        },
    ];
}
