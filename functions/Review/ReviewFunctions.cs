using BorderScreening.Functions.Http;
using BorderScreening.Http.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Review;

/// <summary>HTTP triggers of the reviewers' API.</summary>
public sealed class ReviewFunctions(ReviewApi api)
{
    private const string Cases = "review/{jurisdiction}/cases";

    /// <summary>GET /api/review/{jurisdiction}/cases.</summary>
    [Function(nameof(ListCases))]
    public Task<IActionResult> ListCases([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cases)] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.ListAsync(request, jurisdiction, cancellationToken).AsActionResult();

    /// <summary>GET /api/review/{jurisdiction}/cases/{caseId}.</summary>
    [Function(nameof(GetCase))]
    public Task<IActionResult> GetCase([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cases + "/{caseId}")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.GetAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/claim.</summary>
    [Function(nameof(ClaimCase))]
    public Task<IActionResult> ClaimCase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/claim")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.ClaimAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/release.</summary>
    [Function(nameof(ReleaseCase))]
    public Task<IActionResult> ReleaseCase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/release")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.ReleaseAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/escalate.</summary>
    [Function(nameof(EscalateCase))]
    public Task<IActionResult> EscalateCase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/escalate")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.EscalateAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/own-assessment.</summary>
    [Function(nameof(RecordOwnAssessment))]
    public Task<IActionResult> RecordOwnAssessment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/own-assessment")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.RecordOwnAssessmentAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/decision.</summary>
    [Function(nameof(DecideCase))]
    public Task<IActionResult> DecideCase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/decision")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.DecideAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/reopen.</summary>
    [Function(nameof(ReopenCase))]
    public Task<IActionResult> ReopenCase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/reopen")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.ReopenAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/reassign.</summary>
    [Function(nameof(ReassignCase))]
    public Task<IActionResult> ReassignCase([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/reassign")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.ReassignAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>POST …/snoozes.</summary>
    [Function(nameof(SnoozeIndicator))]
    public Task<IActionResult> SnoozeIndicator([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cases + "/{caseId}/snoozes")] HttpRequest request, string jurisdiction, string caseId, CancellationToken cancellationToken) =>
        api.SnoozeAsync(request, jurisdiction, caseId, cancellationToken).AsActionResult();

    /// <summary>GET /api/review/{jurisdiction}/snoozes.</summary>
    [Function(nameof(ListSnoozes))]
    public Task<IActionResult> ListSnoozes([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/{jurisdiction}/snoozes")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.ListSnoozesAsync(request, jurisdiction, cancellationToken).AsActionResult();

    /// <summary>POST /api/review/{jurisdiction}/snoozes/{snoozeId}/extend.</summary>
    [Function(nameof(ExtendSnooze))]
    public Task<IActionResult> ExtendSnooze([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/{jurisdiction}/snoozes/{snoozeId}/extend")] HttpRequest request, string jurisdiction, string snoozeId, CancellationToken cancellationToken) =>
        api.ExtendSnoozeAsync(request, jurisdiction, snoozeId, cancellationToken).AsActionResult();

    /// <summary>DELETE /api/review/{jurisdiction}/snoozes/{snoozeId}.</summary>
    [Function(nameof(LiftSnooze))]
    public Task<IActionResult> LiftSnooze([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "review/{jurisdiction}/snoozes/{snoozeId}")] HttpRequest request, string jurisdiction, string snoozeId, CancellationToken cancellationToken) =>
        api.LiftSnoozeAsync(request, jurisdiction, snoozeId, cancellationToken).AsActionResult();

    /// <summary>GET /api/audit.</summary>
    [Function(nameof(QueryAudit))]
    public Task<IActionResult> QueryAudit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit")] HttpRequest request, CancellationToken cancellationToken) =>
        api.QueryAuditAsync(request, cancellationToken).AsActionResult();
}
