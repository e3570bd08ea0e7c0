using BorderScreening.Application.CheckPlanning;
using BorderScreening.Application.Observations;
using BorderScreening.Application.Review;
using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Fieldwork;

/// <summary>
/// The field-work routes (part of <c>RouteTable</c>): observations on a case for its case workers;
/// check planning for the jurisdiction's case workers (names and addresses for its supervisors only)
/// and inspection findings for its supervisors. Outside the caller's jurisdictions the answer is 404.
/// </summary>
internal static class FieldworkRoutes
{
    private const string Plan = "/api/check-planning/{jurisdiction}";
    private static readonly RoutePolicy CaseWorkers = RoutePolicy.InJurisdiction(RoleGroups.CaseWorkers);
    private static readonly RoutePolicy Supervisors = RoutePolicy.InJurisdiction(AppRoles.ReviewSupervisor);

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "AddObservations", Method = "POST", Path = "/api/review/{jurisdiction}/cases/{caseId}/observations", Policy = CaseWorkers, Tag = "Review",
            Summary = "Add an officer's observation codes and a note to an open, claimed or escalated case; the record is screened again as its next version and the case shows both assessments (409 for a decided or missed case; audited, the note in the audit log only)",
            Request = RouteBody.Json<ObservationRequest>(),
            Responses =
            [
                RouteResponse.Ok<CaseDetail>(), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status404NotFound), RouteResponse.Problem(StatusCodes.Status409Conflict),
            ],
            Handler = (HttpRequest r, string jurisdiction, string caseId, FieldworkApi api, CancellationToken ct) => api.AddObservationsAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "GetCheckPlan", Method = "GET", Path = Plan, Policy = CaseWorkers, Tag = "Check planning",
            Summary = "Employers, agencies, sponsors and addresses behind the jurisdiction's recent hits, ranked with the reasons (names and addresses for its supervisors only, pseudonyms for everyone; audited)",
            Description = "JSON by default; CSV (safe against formula injection) with format=csv or Accept: text/csv.",
            Query =
            [
                RouteQuery.Integer("days", $"Hits raised in the last this many days (default {FieldworkApi.DefaultDays}).", 1, CheckPlanningService.MaxDays),
                RouteQuery.Choice("format", "Answer as JSON (default) or CSV.", "json", "csv"),
            ],
            Responses = [RouteResponse.Ok<CheckPlan>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, FieldworkApi api, CancellationToken ct) => api.GetPlanAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "RecordInspectionFinding", Method = "POST", Path = Plan + "/findings", Policy = Supervisors, Tag = "Check planning",
            Summary = "Supervisor: record a joint inspection's finding against an entity of the plan; it becomes the label of the entity's undecided cases and a note on its open cases (audited)",
            Request = RouteBody.Json<InspectionFindingRequest>(),
            Responses =
            [
                RouteResponse.Of<InspectionFindingResult>(StatusCodes.Status201Created), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status403Forbidden), RouteResponse.Problem(StatusCodes.Status404NotFound),
            ],
            Handler = (HttpRequest r, string jurisdiction, FieldworkApi api, CancellationToken ct) => api.RecordFindingAsync(r, jurisdiction, ct),
        },
    ];
}
