using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// Reading a case's signal (JSON or printable HTML) and a supervisor's re-send. Reading is audited
/// like any view of a case; a signal outside the actor's jurisdictions is "not found".
/// </summary>
public sealed class SignalService(ISignalStore store, SignalRelay relay, IWorklistStore worklist, IAuditLog audit, TimeProvider time)
{
    /// <summary>The signal made from a case.</summary>
    public async Task<ReviewResult<ThemeSignal>> GetAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is null
            || await store.GetAsync(jurisdiction, caseId, cancellationToken) is not { } stored)
        {
            return ReviewResult<ThemeSignal>.NotFound();
        }

        await audit.WriteAsync(actor, "signal.viewed", jurisdiction, caseId, stored.Signal.SignalId, cancellationToken);
        return ReviewResult<ThemeSignal>.Ok(stored.Signal);
    }

    /// <summary>Re-sends a case's signal with the same signal id (supervisors, with a reason).</summary>
    public async Task<ReviewResult<ResendResponse>> ResendAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReasonRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return ReviewResult<ResendResponse>.Invalid(new FieldError("reason", "is required"));
        }

        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is null
            || await store.GetAsync(jurisdiction, caseId, cancellationToken) is not { } stored)
        {
            return ReviewResult<ResendResponse>.NotFound();
        }

        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<ResendResponse>.Forbidden("Only a supervisor may re-send a signal.");
        }

        if (await store.QueueResendAsync(stored, time.GetUtcNow(), cancellationToken) is not { } resend)
        {
            return ReviewResult<ResendResponse>.Conflict("The signal changed meanwhile; try again.");
        }

        var reason = request.Reason.Length <= 500 ? request.Reason : request.Reason[..500];
        await audit.WriteAsync(actor, "signal.resend-requested", jurisdiction, caseId, $"{stored.Signal.SignalId} re-send {resend}", reason, cancellationToken);
        var sent = await relay.PublishNowAsync(jurisdiction, stored.Signal.SignalId, resend, cancellationToken);
        return ReviewResult<ResendResponse>.Ok(new ResendResponse(stored.Signal.SignalId, resend, sent ? "sent" : "queued"));
    }
}

/// <summary>The answer to a re-send.</summary>
/// <param name="SignalId">The (unchanged) signal id.</param>
/// <param name="Resend">Number of this re-send.</param>
/// <param name="Delivery">"sent", or "queued" when the relay will send it.</param>
public sealed record ResendResponse(string SignalId, int Resend, string Delivery);
