using BorderScreening.Domain.Assessments;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Screening;

/// <summary>The feeds' routes and the assessment read (part of <c>RouteTable</c>).</summary>
internal static class ScreeningRoutes
{
    private const string Tag = "Screening";

    private static readonly RouteResponse[] FeedResponses =
    [
        RouteResponse.Ok<ScreeningResponse>(),
        RouteResponse.Problem(StatusCodes.Status400BadRequest),
        RouteResponse.Problem(StatusCodes.Status403Forbidden),
        RouteResponse.Problem(StatusCodes.Status413PayloadTooLarge),
        RouteResponse.Problem(StatusCodes.Status415UnsupportedMediaType),
    ];

    private static readonly RouteQuery[] FeedQuery =
    [
        RouteQuery.Text("sourceSystem", "The sending system; with the record's own reference it makes the record's identity, so retries are recognised.", 64, required: true),
        RouteQuery.Jurisdiction("jurisdiction", "The jurisdiction of every record, when the interchange does not say."),
    ];

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "PostScreenings", Method = "POST", Path = "/api/screenings", Policy = RoutePolicy.Feed(), Tag = Tag,
            Summary = "Screen a JSON record or a batch of records",
            Description = "Valid records are screened even when others in the batch are invalid; a 400 problem then lists the invalid ones with field paths and the results of the rest. A record outside the feed's binding (jurisdictions, source systems) is refused with a 403 problem naming it, the rest still screened. Sending a record again returns its stored assessment (status \"duplicate\"); the same record with other content is screened again as a new version linked to the first (status \"amended\").",
            Request = RouteBody.Json<ScreeningBatchRequest>(),
            Responses = FeedResponses,
            Handler = (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostScreeningsAsync(request, ct),
        },
        new()
        {
            // No request body declared: the interchange is text in two media types, which the API checks.
            Name = "PostPaxlst", Method = "POST", Path = "/api/feeds/paxlst", Policy = RoutePolicy.Feed(), Tag = Tag,
            Summary = "Screen the travellers of a UN/EDIFACT PAXLST interchange (query: sourceSystem, optional jurisdiction)",
            Description = "Body: the interchange as application/edifact or text/plain (UTF-8, or Latin-1 for UNOC). Teletype envelopes and common carrier deviations are tolerated and reported as warnings per record.",
            Query = FeedQuery,
            Responses = FeedResponses,
            Handler = (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostPaxlstAsync(request, ct),
        },
        new()
        {
            Name = "PostPnrgov", Method = "POST", Path = "/api/feeds/pnrgov", Policy = RoutePolicy.Feed(), Tag = Tag,
            Summary = "Screen the passengers of a UN/EDIFACT PNRGOV interchange (PNR push; query: sourceSystem, optional jurisdiction)",
            Description = "Body: the interchange (versions 11.1 to 15.1) as application/edifact or text/plain. One record per passenger of each PNR, with its booking facts; card numbers are kept only as a keyed reference and the last four digits. Unknown segments and common deviations are reported as warnings per record; a PNR that cannot be read is reported with its segment position.",
            Query = FeedQuery,
            Responses = FeedResponses,
            Handler = (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostPnrgovAsync(request, ct),
        },
        new()
        {
            Name = "PostWorkPermitCsv", Method = "POST", Path = "/api/feeds/work-permits", Policy = RoutePolicy.Feed(), Tag = Tag,
            Summary = "Screen a CSV batch of work-permit applications (query: sourceSystem, optional jurisdiction)",
            Description = "Body: RFC 4180 CSV as text/csv, UTF-8 with or without BOM, header row naming the columns listed in docs/feeds.md.",
            Query = FeedQuery,
            Responses = FeedResponses,
            Handler = (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostWorkPermitCsvAsync(request, ct),
        },
        new()
        {
            // Reviewers, supervisors and auditors only of the jurisdictions they reach (404 otherwise,
            // ScreeningApi, which reads the jurisdiction from the assessment); feeds all.
            Name = "GetAssessment", Method = "GET", Path = "/api/assessments/{id}", Policy = RoutePolicy.AnyOf(RoleGroups.AssessmentReaders), Tag = Tag,
            Summary = "Read one assessment",
            Responses = [RouteResponse.Ok<Assessment>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string id, ScreeningApi screening, CancellationToken ct) => screening.GetAssessmentAsync(id, ct),
        },
    ];
}
