using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Telemetry;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Review;

/// <summary>
/// The actions on one case: detail, claim with a lease (one winner, by ETag), release, escalate,
/// decide, reopen, reassign. Every read of a case and every action is audited. A case outside the
/// actor's jurisdictions is "not found", so its existence does not leak.
/// </summary>
public sealed class CaseReviewService(
    IWorklistStore worklist,
    IAssessmentStore assessments,
    IAuditLog audit,
    LinkedCaseFinder linkedCases,
    DecisionLabels labels,
    IOptions<ReviewOptions> options,
    SignalRelay relay,
    ISignalStore signalStore,
    SignalPartners partners,
    TimeProvider time,
    ScreeningMetrics metrics)
{
    /// <summary>The case with its facts, indicators, model output, linked cases and history.</summary>
    public async Task<ReviewResult<CaseDetail>> GetAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<CaseDetail>.NotFound();
        }

        var reviewCase = await assessments.GetCaseAsync(caseId, cancellationToken);
        var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
        await audit.WriteAsync(actor, "case.viewed", jurisdiction, caseId, null, cancellationToken);
        var history = await audit.ForCaseAsync(jurisdiction, caseId, 3, cancellationToken);
        var linked = reviewCase is null ? [] : await linkedCases.FindAsync(jurisdiction, reviewCase.CaseId, reviewCase.EntityHashes, cancellationToken);
        var seen = ScoreBlinding.ForCase(actor, jurisdiction, item.AsSeenAt(time.GetUtcNow()));
        var previous = assessment?.Amends is { } amends ? await assessments.GetAsync(amends, cancellationToken) : null;
        return ReviewResult<CaseDetail>.Ok(new CaseDetail
        {
            Case = seen,
            Facts = reviewCase is null ? [] : CaseFacts.For(reviewCase.Record, assessment?.ScreenedAt ?? reviewCase.CreatedAt),
            Indicators = assessment?.Indicators.Fired ?? [],
            NotEvaluated = assessment?.Indicators.NotEvaluated ?? [],
            Model = seen.ScoresHidden ? null : assessment?.Model ?? new(),
            Risk = seen.ScoresHidden ? null : assessment?.Risk ?? new(),
            ScoresHidden = seen.ScoresHidden,
            Change = previous is null ? null : AssessmentChange.Between(previous, assessment!, seen.ScoresHidden),
            Linked = linked,
            History = history,
        });
    }

    /// <summary>Claims a case under a lease; exactly one of several concurrent claims wins.</summary>
    public async Task<ReviewResult<ClaimResponse>> ClaimAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        using var activity = StartAction("case.claimed", jurisdiction);
        var result = await ClaimCoreAsync(actor, jurisdiction, caseId, cancellationToken);
        activity?.SetTag("outcome", result.Status.ToString());
        return result;
    }

    private async Task<ReviewResult<ClaimResponse>> ClaimCoreAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<ClaimResponse>.NotFound();
        }

        var now = time.GetUtcNow();
        if (item.Status is CaseStatus.Decided or CaseStatus.Missed)
        {
            return ReviewResult<ClaimResponse>.Conflict($"The case is {item.Status.ToString().ToLowerInvariant()}.");
        }

        if (item.Status == CaseStatus.Escalated && !actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<ClaimResponse>.Conflict("The case is escalated to a supervisor.");
        }

        if (item.Status == CaseStatus.Claimed && item.ClaimedBy != actor.Subject && !item.LeaseLapsed(now))
        {
            return ReviewResult<ClaimResponse>.Conflict("Another reviewer is working on this case.");
        }

        var lease = now + options.Value.ClaimLease;
        if (!await worklist.TryReplaceAsync(item with { Status = CaseStatus.Claimed, ClaimedBy = actor.Subject, LeaseUntil = lease }, cancellationToken))
        {
            return ReviewResult<ClaimResponse>.Conflict("Another reviewer claimed this case a moment ago.");
        }

        await audit.WriteAsync(actor, "case.claimed", jurisdiction, caseId, null, cancellationToken);
        return ReviewResult<ClaimResponse>.Ok(new ClaimResponse(caseId, actor.Subject, lease));
    }

    /// <summary>Gives a claimed case back to the pool.</summary>
    public Task<ReviewResult<WorklistItem>> ReleaseAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken) =>
        TransitionAsync(actor, jurisdiction, caseId, "case.released", null, null, mustHoldClaim: true, supervisorOnly: false,
            item => item with { Status = CaseStatus.Open, ClaimedBy = null, LeaseUntil = null }, cancellationToken);

    /// <summary>Escalates a claimed case to a supervisor, with a reason.</summary>
    public Task<ReviewResult<WorklistItem>> EscalateAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReasonRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Reason)
            ? Task.FromResult(ReviewResult<WorklistItem>.Invalid(new FieldError("reason", "is required")))
            : TransitionAsync(actor, jurisdiction, caseId, "case.escalated", null, ReviewText.Limit(request.Reason), mustHoldClaim: true, supervisorOnly: false,
                item => item with { Status = CaseStatus.Escalated, ClaimedBy = null, LeaseUntil = null }, cancellationToken);

    /// <summary>A supervisor reopens a decided case, with a reason.</summary>
    public Task<ReviewResult<WorklistItem>> ReopenAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReasonRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Reason)
            ? Task.FromResult(ReviewResult<WorklistItem>.Invalid(new FieldError("reason", "is required")))
            : TransitionAsync(actor, jurisdiction, caseId, "case.reopened", null, ReviewText.Limit(request.Reason), mustHoldClaim: false, supervisorOnly: true,
                item => item.Status is CaseStatus.Decided or CaseStatus.Escalated or CaseStatus.Missed
                    ? item with { Status = CaseStatus.Open, ClaimedBy = null, LeaseUntil = null, Outcome = null, OwnAssessment = null, OwnAssessedBy = null, OwnAssessedAt = null }
                    : null,
                cancellationToken);

    /// <summary>A supervisor hands a case to a reviewer.</summary>
    public Task<ReviewResult<WorklistItem>> ReassignAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReassignRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Reviewer) || request.Reviewer.Length > 128
            ? Task.FromResult(ReviewResult<WorklistItem>.Invalid(new FieldError("reviewer", "is required (a subject id, at most 128 characters)")))
            : TransitionAsync(actor, jurisdiction, caseId, "case.reassigned", $"to {request.Reviewer}", ReviewText.Limit(request.Reason), mustHoldClaim: false, supervisorOnly: true,
                item => item.Status is CaseStatus.Decided or CaseStatus.Missed
                    ? null
                    : item with { Status = CaseStatus.Claimed, ClaimedBy = request.Reviewer, LeaseUntil = time.GetUtcNow() + options.Value.ClaimLease },
                cancellationToken);

    /// <summary>
    /// Records the reviewer's own assessment of the facts on a case they hold; from then on the case's
    /// score, band and model output are shown to them. Recorded once per reviewer: changing it after
    /// the scores were shown would defeat its purpose (409).
    /// </summary>
    public Task<ReviewResult<WorklistItem>> RecordOwnAssessmentAsync(Actor actor, Jurisdiction jurisdiction, string caseId, OwnAssessmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.OwnAssessment is not { } own || !Enum.IsDefined(own))
        {
            return Task.FromResult(ReviewResult<WorklistItem>.Invalid(new FieldError("ownAssessment", $"is required: one of {EnumNames.Listed<OwnAssessment>()}")));
        }

        return TransitionAsync(actor, jurisdiction, caseId, "case.own-assessment", own.ToString(), null, mustHoldClaim: true, supervisorOnly: false,
            item => item.OwnAssessment is not null && item.OwnAssessedBy == actor.Subject
                ? null
                : item with { OwnAssessment = own, OwnAssessedBy = actor.Subject, OwnAssessedAt = time.GetUtcNow() },
            cancellationToken);
    }

    /// <summary>Records the reviewer's own assessment and decision; the decision becomes a label.</summary>
    public async Task<ReviewResult<WorklistItem>> DecideAsync(Actor actor, Jurisdiction jurisdiction, string caseId, DecisionRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        // A number cast to the enumeration is not an answer (the HTTP layer reads names only; this
        // guards every other caller): an undefined outcome must never be stored or become a label.
        if (request.OwnAssessment is { } given && !Enum.IsDefined(given))
        {
            errors.Add(new FieldError("ownAssessment", $"must be one of {EnumNames.Listed<OwnAssessment>()}"));
        }

        if (request.Outcome is not { } outcome)
        {
            errors.Add(new FieldError("outcome", "is required"));
        }
        else if (!Enum.IsDefined(outcome))
        {
            errors.Add(new FieldError("outcome", $"must be one of {EnumNames.Listed<ReviewOutcome>()}"));
        }

        foreach (var (code, index) in (request.ReasonCodes ?? []).Select((c, i) => (c, i)))
        {
            if (!options.Value.ReasonCodes.Contains(code))
            {
                errors.Add(new FieldError($"reasonCodes[{index}]", "is not a known reason code"));
            }
        }

        if (request.Note is { } note && note.Length > options.Value.MaxNoteLength)
        {
            errors.Add(new FieldError("note", $"is longer than {options.Value.MaxNoteLength} characters"));
        }

        // Each partner named gets its own signal; none named: the partner of the outcome's kind.
        var (destinations, destinationErrors) = partners.Resolve(jurisdiction, request.Outcome, request.Destinations);
        errors.AddRange(destinationErrors);

        if (errors.Count > 0)
        {
            return ReviewResult<WorklistItem>.Invalid([.. errors]);
        }

        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } current)
        {
            return ReviewResult<WorklistItem>.NotFound();
        }

        // The own assessment recorded earlier (the scores were shown after it), or the one in the body.
        var recorded = current.OwnAssessedBy == actor.Subject ? current.OwnAssessment : null;
        if (recorded is null && request.OwnAssessment is null)
        {
            return ReviewResult<WorklistItem>.Invalid(new FieldError("ownAssessment", "is required: record your own assessment before the decision"));
        }

        if (recorded is { } r && request.OwnAssessment is { } b && r != b)
        {
            return ReviewResult<WorklistItem>.Invalid(new FieldError("ownAssessment", $"differs from the own assessment you recorded ({r}); it cannot change after the scores were shown"));
        }

        request = request with { OwnAssessment = recorded ?? request.OwnAssessment };

        // A referral becomes one signal per partner, stored with the decision in one transaction.
        List<ThemeSignal> signals = [];
        if (destinations.Count > 0 && await assessments.GetCaseAsync(caseId, cancellationToken) is { } reviewCase)
        {
            var scored = await assessments.GetAsync(reviewCase.AssessmentId, cancellationToken);
            signals = [.. destinations.Select(p => SignalMapper.Map(reviewCase, scored, request, actor.Role, time.GetUtcNow(), p))];
        }

        // Own assessment first, in its own audit entry, so the log shows it preceded the decision
        // (already there when it was recorded on its own before the scores were shown).
        var now = time.GetUtcNow();
        if (recorded is null)
        {
            await audit.WriteAsync(actor, "case.own-assessment", jurisdiction, caseId, request.OwnAssessment.ToString(), cancellationToken);
        }

        var result = await TransitionAsync(actor, jurisdiction, caseId, "case.decided", $"{request.Outcome}; reasons {string.Join(',', request.ReasonCodes ?? [])}{(destinations.Count > 0 ? "; to " + string.Join(',', destinations.Select(d => d.Id)) : "")}", null, mustHoldClaim: true, supervisorOnly: false,
            item => item with
            {
                Status = CaseStatus.Decided,
                Outcome = request.Outcome.ToString(),
                LeaseUntil = null,
                OwnAssessment = request.OwnAssessment,
                OwnAssessedBy = actor.Subject,
                OwnAssessedAt = item.OwnAssessedBy == actor.Subject ? item.OwnAssessedAt : now,
            },
            cancellationToken,
            signals);
        if (result.Status == ReviewStatus.Ok)
        {
            var assessment = await labels.WriteAsync(actor, jurisdiction, result.Value!, request, cancellationToken);
            // The case was created when the record was screened; intake time is the fallback.
            metrics.Decided(jurisdiction, request.Outcome!.Value.ToString(), time.GetUtcNow() - (assessment?.ScreenedAt ?? result.Value!.ReceivedAt));
            foreach (var signal in signals)
            {
                // Fast path; when the queue is down the relay sends it later.
                await relay.PublishNowAsync(jurisdiction, signal.SignalId, 0, cancellationToken);
            }
        }

        return result;
    }

    private async Task<ReviewResult<WorklistItem>> TransitionAsync(
        Actor actor,
        Jurisdiction jurisdiction,
        string caseId,
        string action,
        string? detail,
        string? reason,
        bool mustHoldClaim,
        bool supervisorOnly,
        Func<WorklistItem, WorklistItem?> change,
        CancellationToken cancellationToken,
        IReadOnlyList<ThemeSignal>? signals = null)
    {
        using var activity = StartAction(action, jurisdiction);
        var result = await TransitionCoreAsync(actor, jurisdiction, caseId, action, detail, reason, mustHoldClaim, supervisorOnly, change, signals ?? [], cancellationToken);
        activity?.SetTag("outcome", result.Status.ToString());
        return result;
    }

    /// <summary>One span per review action, tagged with the action and jurisdiction only.</summary>
    private static System.Diagnostics.Activity? StartAction(string action, Jurisdiction jurisdiction)
    {
        var activity = ScreeningTelemetry.Source.StartActivity("review.action");
        activity?.SetTag("review.action", action);
        activity?.SetTag("jurisdiction", jurisdiction.ToCode());
        return activity;
    }

    private async Task<ReviewResult<WorklistItem>> TransitionCoreAsync(
        Actor actor,
        Jurisdiction jurisdiction,
        string caseId,
        string action,
        string? detail,
        string? reason,
        bool mustHoldClaim,
        bool supervisorOnly,
        Func<WorklistItem, WorklistItem?> change,
        IReadOnlyList<ThemeSignal> signals,
        CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<WorklistItem>.NotFound();
        }

        if (supervisorOnly && !actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<WorklistItem>.Forbidden("Only a supervisor may do this.");
        }

        var now = time.GetUtcNow();
        if (mustHoldClaim && (item.Status != CaseStatus.Claimed || item.ClaimedBy != actor.Subject || item.LeaseLapsed(now)))
        {
            return ReviewResult<WorklistItem>.Conflict("Claim the case first (your claim may have lapsed).");
        }

        if (change(item) is not { } changed)
        {
            return ReviewResult<WorklistItem>.Conflict($"Not possible while the case is {item.Status.ToString().ToLowerInvariant()}.");
        }

        // A referral's signals are written with the decision, at once (ISignalStore).
        var replaced = signals.Count == 0
            ? await worklist.TryReplaceAsync(changed, cancellationToken)
            : await signalStore.TryDecideWithSignalsAsync(changed, signals, now, cancellationToken);
        if (!replaced)
        {
            return ReviewResult<WorklistItem>.Conflict("The case changed meanwhile; reload it.");
        }

        await audit.WriteAsync(actor, action, jurisdiction, caseId, detail, reason, cancellationToken);
        return ReviewResult<WorklistItem>.Ok(ScoreBlinding.ForCase(actor, jurisdiction, (await worklist.GetAsync(jurisdiction, caseId, cancellationToken))!));
    }
}
