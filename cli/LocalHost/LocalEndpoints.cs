using BorderScreening.Core.Api;
using BorderScreening.Core.Assessments;
using BorderScreening.Core.Oversight.Signals;
using BorderScreening.Core.Oversight.Statistics;
using BorderScreening.Core.Oversight.Monitoring;
using BorderScreening.Core.Indicators.Governance;
using BorderScreening.Core.Review;
using BorderScreening.Model.Registry;

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
        review.MapGet("/cases/{caseId}/signal", (HttpRequest r, string jurisdiction, string caseId, SignalApi api, CancellationToken ct) => api.GetAsync(r, jurisdiction, caseId, ct))
            .WithTags("Signals").WithName("GetSignal").WithSummary("The theme-register signal of a referred case (format: docs/signals.md; audited)")
            .Produces<ThemeSignal>().ProducesProblem(StatusCodes.Status404NotFound);
        review.MapGet("/cases/{caseId}/signal/html", (HttpRequest r, string jurisdiction, string caseId, SignalApi api, CancellationToken ct) => api.GetHtmlAsync(r, jurisdiction, caseId, ct))
            .WithTags("Signals").WithName("GetSignalHtml").WithSummary("The signal as a printable HTML page (audited)")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status404NotFound);
        review.MapPost("/cases/{caseId}/signal/resend", (HttpRequest r, string jurisdiction, string caseId, SignalApi api, CancellationToken ct) => api.ResendAsync(r, jurisdiction, caseId, ct))
            .WithTags("Signals").WithName("ResendSignal").WithSummary("Supervisor: send the signal again with the same signal id, with a reason (audited)")
            .Accepts<ReasonRequest>("application/json")
            .Produces<ResendResponse>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/statistics/{jurisdiction}", (HttpRequest r, string jurisdiction, StatisticsApi api, CancellationToken ct) => api.GetAsync(r, jurisdiction, ct))
            .WithTags("Statistics").WithName("GetStatistics")
            .WithSummary("Auditors: figures of a jurisdiction for records screened in [from, to) (dates yyyy-MM-dd; publication=true suppresses and rounds small counts)")
            .Produces<JurisdictionStatistics>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/audit", (HttpRequest r, ReviewApi api, CancellationToken ct) => api.QueryAuditAsync(r, ct))
            .WithTags("Audit").WithName("QueryAudit").WithSummary("Auditors: query the audit log (caseId, actor, from, to)").Produces<IReadOnlyList<AuditEntry>>();
        // Full paths, not a group with "": a group's empty pattern would leave a trailing "/" in the route key.
        var catalogues = app.MapGroup("/api").WithTags("Catalogues");
        catalogues.MapGet("/catalogues", (CatalogueApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithName("ListCatalogues").WithSummary("Rules owners and auditors: the catalogue in force, this instance's, earlier ones and the stored candidates")
            .Produces<CatalogueListing>();
        catalogues.MapPost("/catalogues", (HttpRequest r, CatalogueApi api, CancellationToken ct) => api.UploadAsync(r, ct))
            .WithName("UploadCatalogue").WithSummary("Rules owners: store a candidate catalogue (validated completely; an invalid one is not stored)")
            .WithDescription("Body: the catalogue document (see docs/indicators.md). 400 lists every error with the indicator and the field; 409 when the version is stored with other content; 200 when the same file is stored already.")
            .Produces<StoredCatalogue>(StatusCodes.Status201Created).Produces<StoredCatalogue>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        catalogues.MapPost("/catalogues/{version}/backtest", (HttpRequest r, string version, CatalogueApi api, CancellationToken ct) => api.BacktestAsync(r, version, ct))
            .WithName("BacktestCatalogue").WithSummary("Rules owners: compare a stored candidate with the catalogue in force on generated records (query: records, seed)")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
        catalogues.MapPost("/catalogues/{version}/activate", (HttpRequest r, string version, CatalogueApi api, CancellationToken ct) => api.ActivateAsync(r, version, ct))
            .WithName("ActivateCatalogue").WithSummary("Rules owners: put a stored candidate in force on every instance (reason required; audited)")
            .Accepts<ReasonRequest>("application/json").Produces<CatalogueListing>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        catalogues.MapPost("/catalogues/rollback", (HttpRequest r, CatalogueApi api, CancellationToken ct) => api.RollbackAsync(r, ct))
            .WithName("RollbackCatalogue").WithSummary("Rules owners: put the previous catalogue back in force (reason required; audited)")
            .Accepts<ReasonRequest>("application/json").Produces<CatalogueListing>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/labels/export", (HttpRequest r, BorderScreening.Model.Labels.LabelExportApi api, CancellationToken ct) => api.ExportAsync(r, ct))
            .WithTags("Model").WithName("ExportLabels")
            .WithSummary("Data scientists: reviewers' decisions as depersonalised labelled examples (JSON lines; optional jurisdiction)")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        app.MapModelRegistryApi();
        var monitoring = app.MapGroup("/api/monitoring").WithTags("Monitoring");
        monitoring.MapGet("/alerts", (HttpRequest r, MonitoringApi api, CancellationToken ct) => api.GetAlertsAsync(r, ct))
            .WithName("ListMonitoringAlerts")
            .WithSummary("Auditors and data scientists: monitoring alerts of a period (from, to as yyyy-MM-dd, at most 366 days; optional jurisdiction)")
            .Produces<IReadOnlyList<MonitoringAlert>>().ProducesProblem(StatusCodes.Status400BadRequest);
        monitoring.MapGet("/{jurisdiction}/{day}", (string jurisdiction, string day, MonitoringApi api, CancellationToken ct) => api.GetReportAsync(jurisdiction, day, ct))
            .WithName("GetMonitoringReport")
            .WithSummary("Auditors and data scientists: the stored monitoring report of a jurisdiction and day (yyyy-MM-dd)")
            .WithDescription("Drift of the risk score and the model features against the training reference (PSI), hit rate per indicator, hit and referral rates per audit group as ratios to the overall rates, the shadow model and shadow indicators against those in service, and the alerts raised.")
            .Produces<MonitoringReport>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static void MapModelRegistryApi(this IEndpointRouteBuilder app)
    {
        // A group on "/api" (not "/api/models"): an empty sub-pattern would map "/api/models/" with a trailing slash.
        var models = app.MapGroup("/api").WithTags("Model");
        models.MapGet("/models", (ModelRegistryApi api, CancellationToken ct) => api.ListAsync(ct))
            .WithName("ListModels").WithSummary("Registered models with stage and holdout figures, and the versions this instance serves")
            .Produces<ModelListView>();
        models.MapGet("/models/audit", (ModelRegistryApi api, CancellationToken ct) => api.AuditAsync(ct))
            .WithName("ModelRegistryAudit").WithSummary("The registry's audit trail (register, promote, rollback, bootstrap), newest first")
            .Produces<IReadOnlyList<RegistryAuditView>>();
        models.MapGet("/models/{version}", (string version, ModelRegistryApi api, CancellationToken ct) => api.GetAsync(version, ct))
            .WithName("GetModel").WithSummary("One model with the headline figures of its model card")
            .Produces<ModelDetailView>().ProducesProblem(StatusCodes.Status404NotFound);
        // No Accepts metadata: routing would answer 415 before authentication (as for the feeds).
        models.MapPost("/models", (HttpRequest r, ModelRegistryApi api, CancellationToken ct) => api.RegisterAsync(r, ct))
            .WithName("RegisterModel").WithSummary("Data scientists: register a trained model as a candidate (body: application/zip of model.zip, model.json, model-card.json)")
            .Produces<ModelView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        models.MapPost("/models/{version}/promote", (HttpRequest r, string version, ModelRegistryApi api, CancellationToken ct) => api.PromoteAsync(r, version, ct))
            .WithName("PromoteModel").WithSummary("Promote to shadow or active with a reason; 422 names the gate that refused (fairness override: supervisors only)")
            .Accepts<PromoteRequest>("application/json")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        models.MapPost("/models/rollback", (HttpRequest r, ModelRegistryApi api, CancellationToken ct) => api.RollbackAsync(r, ct))
            .WithName("RollbackModel").WithSummary("Make the previous active model active again (reason required)")
            .Accepts<RollbackRequest>("application/json")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
