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

    /// <summary>Every signal made from a case, one per partner.</summary>
    public async Task<ReviewResult<IReadOnlyList<ThemeSignal>>> ListAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is null
            || await store.ListAsync(jurisdiction, caseId, cancellationToken) is not { Count: > 0 } stored)
        {
            return ReviewResult<IReadOnlyList<ThemeSignal>>.NotFound();
        }

        await audit.WriteAsync(actor, "signal.viewed", jurisdiction, caseId, string.Join(',', stored.Select(s => s.Signal.SignalId)), cancellationToken);
        return ReviewResult<IReadOnlyList<ThemeSignal>>.Ok([.. stored.Select(s => s.Signal)]);
    }

    /// <summary>
    /// Re-sends a case's signals, each with its own signal id (supervisors, with a reason). The answer
    /// names the first; <see cref="ResendResponse.AlsoResent"/> the others of a decision with several partners.
    /// </summary>
    public async Task<ReviewResult<ResendResponse>> ResendAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReasonRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return ReviewResult<ResendResponse>.Invalid(new FieldError("reason", "is required"));
        }

        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is null
            || await store.ListAsync(jurisdiction, caseId, cancellationToken) is not { Count: > 0 } stored)
        {
            return ReviewResult<ResendResponse>.NotFound();
        }

        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<ResendResponse>.Forbidden("Only a supervisor may re-send a signal.");
        }

        var reason = request.Reason.Length <= 500 ? request.Reason : request.Reason[..500];
        var answers = new List<ResendResponse>();
        foreach (var signal in stored)
        {
            if (await store.QueueResendAsync(signal, time.GetUtcNow(), cancellationToken) is not { } resend)
            {
                return ReviewResult<ResendResponse>.Conflict("The signal changed meanwhile; try again.");
            }

            await audit.WriteAsync(actor, "signal.resend-requested", jurisdiction, caseId, $"{signal.Signal.SignalId} re-send {resend}", reason, cancellationToken);
            var sent = await relay.PublishNowAsync(jurisdiction, signal.Signal.SignalId, resend, cancellationToken);
            answers.Add(new ResendResponse(signal.Signal.SignalId, resend, sent ? "sent" : "queued"));
        }

        return ReviewResult<ResendResponse>.Ok(answers[0] with { AlsoResent = answers.Count > 1 ? [.. answers.Skip(1).Select(a => a.SignalId)] : null });
    }
}

/// <summary>The answer to a re-send.</summary>
/// <param name="SignalId">The (unchanged) signal id.</param>
/// <param name="Resend">Number of this re-send.</param>
/// <param name="Delivery">"sent", or "queued" when the relay will send it.</param>
/// <param name="AlsoResent">The other signals of the case re-sent with it (a decision with several partners); null when none.</param>
public sealed record ResendResponse(string SignalId, int Resend, string Delivery, IReadOnlyList<string>? AlsoResent = null);
