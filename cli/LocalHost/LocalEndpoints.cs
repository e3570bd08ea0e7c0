using BorderScreening.Core.Api;
using BorderScreening.Core.Assessments;
using BorderScreening.Core.Review;

namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// The local host's routes: the same methods and paths as the Functions app (a test compares
/// them), each calling the same shared API class. The metadata here feeds the OpenAPI document.
/// </summary>
public static class LocalEndpoints
{
    /// <summary>Maps every API route under /api.</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Screening");
        api.MapPost("/screenings", (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostScreeningsAsync(request, ct))
            .WithName("PostScreenings")
            .WithSummary("Screen a JSON record or a batch of records")
            .WithDescription("Valid records are screened even when others in the batch are invalid; a 400 problem then lists the invalid ones with field paths and the results of the rest. Sending a record again returns its stored assessment (status \"duplicate\").")
            .Accepts<ScreeningBatchRequest>("application/json")
            .Produces<ScreeningResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapPost("/feeds/paxlst", (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostPaxlstAsync(request, ct))
            .WithName("PostPaxlst")
            .WithSummary("Screen the travellers of a UN/EDIFACT PAXLST interchange (query: sourceSystem, optional jurisdiction)")
            // No Accepts metadata: routing would answer 415 before authentication; the API checks the
            // media type itself after the caller is known.
            .WithDescription("Body: the interchange as application/edifact or text/plain (UTF-8, or Latin-1 for UNOC). Teletype envelopes and common carrier deviations are tolerated and reported as warnings per record.")
            .Produces<ScreeningResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapPost("/feeds/work-permits", (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostWorkPermitCsvAsync(request, ct))
            .WithName("PostWorkPermitCsv")
            .WithSummary("Screen a CSV batch of work-permit applications (query: sourceSystem, optional jurisdiction)")
            .WithDescription("Body: RFC 4180 CSV as text/csv, UTF-8 with or without BOM, header row naming the columns listed in docs/feeds.md.")
            .Produces<ScreeningResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/assessments/{id}", (string id, ScreeningApi screening, CancellationToken ct) => screening.GetAssessmentAsync(id, ct))
            .WithName("GetAssessment")
            .WithSummary("Read one assessment")
            .Produces<Assessment>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/health", (HealthApi health, CancellationToken ct) => health.GetAsync(ct))
            .WithName("GetHealth")
            .WithSummary("Check storage, the hit queue and the model in service")
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status503ServiceUnavailable);

        var review = app.MapGroup("/api/review/{jurisdiction}").WithTags("Review");
        review.MapGet("/cases", (HttpRequest r, string jurisdiction, ReviewApi api, CancellationToken ct) => api.ListAsync(r, jurisdiction, ct))
            .WithName("ListCases").WithSummary("A page of the jurisdiction's worklist (filter, sort, page)")
            .Produces<WorklistPage>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        review.MapGet("/cases/{caseId}", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.GetAsync(r, jurisdiction, caseId, ct))
            .WithName("GetCase").WithSummary("A case with facts, indicators, model output, linked cases and history (audited)")
            .Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        review.MapPost("/cases/{caseId}/claim", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ClaimAsync(r, jurisdiction, caseId, ct))
            .WithName("ClaimCase").WithSummary("Claim a case under a lease; 409 when another reviewer holds it")
            .Produces<ClaimResponse>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        review.MapPost("/cases/{caseId}/release", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ReleaseAsync(r, jurisdiction, caseId, ct))
            .WithName("ReleaseCase").WithSummary("Give a claimed case back").Produces<WorklistItem>().ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/cases/{caseId}/escalate", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.EscalateAsync(r, jurisdiction, caseId, ct))
            .WithName("EscalateCase").WithSummary("Escalate a claimed case to a supervisor").Accepts<ReasonRequest>("application/json").Produces<WorklistItem>().ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/cases/{caseId}/decision", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.DecideAsync(r, jurisdiction, caseId, ct))
            .WithName("DecideCase").WithSummary("Record the own assessment and the decision").Accepts<DecisionRequest>("application/json")
            .Produces<WorklistItem>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/cases/{caseId}/reopen", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ReopenAsync(r, jurisdiction, caseId, ct))
            .WithName("ReopenCase").WithSummary("Supervisor: reopen a decided case with a reason").Accepts<ReasonRequest>("application/json").Produces<WorklistItem>().ProducesProblem(StatusCodes.Status403Forbidden);
        review.MapPost("/cases/{caseId}/reassign", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ReassignAsync(r, jurisdiction, caseId, ct))
            .WithName("ReassignCase").WithSummary("Supervisor: hand a case to a reviewer").Accepts<ReassignRequest>("application/json").Produces<WorklistItem>().ProducesProblem(StatusCodes.Status403Forbidden);
        review.MapPost("/cases/{caseId}/snoozes", (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.SnoozeAsync(r, jurisdiction, caseId, ct))
            .WithName("SnoozeIndicator").WithSummary("Suppress one indicator for one entity of a reviewed case (≤ 180 days)").Accepts<SnoozeRequest>("application/json")
            .Produces<Snooze>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        review.MapGet("/snoozes", (HttpRequest r, string jurisdiction, ReviewApi api, CancellationToken ct) => api.ListSnoozesAsync(r, jurisdiction, ct))
            .WithName("ListSnoozes").WithSummary("Supervisor: active snoozes").Produces<IReadOnlyList<Snooze>>();
        review.MapPost("/snoozes/{snoozeId}/extend", (HttpRequest r, string jurisdiction, string snoozeId, ReviewApi api, CancellationToken ct) => api.ExtendSnoozeAsync(r, jurisdiction, snoozeId, ct))
            .WithName("ExtendSnooze").WithSummary("Supervisor: extend an active snooze to a number of days from now (≤ 180), with a reason").Accepts<ExtendSnoozeRequest>("application/json")
            .Produces<Snooze>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        review.MapDelete("/snoozes/{snoozeId}", (HttpRequest r, string jurisdiction, string snoozeId, ReviewApi api, CancellationToken ct) => api.LiftSnoozeAsync(r, jurisdiction, snoozeId, ct))
            .WithName("LiftSnooze").WithSummary("Supervisor: lift a snooze").Produces(StatusCodes.Status204NoContent);
        app.MapGet("/api/audit", (HttpRequest r, ReviewApi api, CancellationToken ct) => api.QueryAuditAsync(r, ct))
            .WithTags("Audit").WithName("QueryAudit").WithSummary("Auditors: query the audit log (caseId, actor, from, to)").Produces<IReadOnlyList<AuditEntry>>();
        app.MapGet("/api/labels/export", (HttpRequest r, BorderScreening.Model.Labels.LabelExportApi api, CancellationToken ct) => api.ExportAsync(r, ct))
            .WithTags("Model").WithName("ExportLabels")
            .WithSummary("Data scientists: reviewers' decisions as depersonalised labelled examples (JSON lines; optional jurisdiction)")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        return app;
    }
}
