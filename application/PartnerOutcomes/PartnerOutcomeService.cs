using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Security;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// Records what became of a referral, as told by the partner it was sent to (issue 20, point 3). The
/// partner names the signal by its id and says one of four outcomes; nothing else. A partner reaches
/// only the signals sent to it in the jurisdictions its binding and token give (<see cref="OutcomePartners"/>);
/// every other signal — another partner's, another jurisdiction's, or none at all — is "not found", so
/// a partner learns nothing about signals it did not receive. A later outcome replaces the earlier;
/// every write is audited (<c>outcome.recorded</c>, with the outcome replaced), so the audit log holds
/// the history.
/// </summary>
public sealed class PartnerOutcomeService(
    IPartnerOutcomeStore store,
    ISignalStore signals,
    OutcomePartners recorders,
    IAuditLog audit,
    TimeProvider time)
{
    /// <summary>The audit action of a recorded outcome.</summary>
    public const string AuditAction = "outcome.recorded";

    /// <summary>Records (or replaces) the outcome of a signal.</summary>
    /// <param name="caller">The authenticated caller.</param>
    /// <param name="jurisdiction">The signal's jurisdiction (from the path).</param>
    /// <param name="signalId">The signal's id (from the path).</param>
    /// <param name="request">The outcome.</param>
    /// <param name="source">Client address, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ReviewResult<OutcomeReceipt>> RecordAsync(Caller caller, Jurisdiction jurisdiction, string signalId, OutcomeRequest request, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var partners = recorders.For(caller, jurisdiction);
        if (partners.Count == 0)
        {
            return ReviewResult<OutcomeReceipt>.NotFound();
        }

        // Checked before the signal is looked up, so the answer to bad input says nothing about the signal.
        if (!PartnerOutcomeKinds.TryParse(request.Outcome, out var outcome))
        {
            return ReviewResult<OutcomeReceipt>.Invalid(new FieldError("outcome", $"is required: one of {string.Join(", ", PartnerOutcomeKinds.All)}"));
        }

        if (await signals.FindAsync(jurisdiction, signalId, cancellationToken) is not { } stored
            || stored.Signal.Jurisdiction != jurisdiction
            || recorders.RecipientOf(stored.Signal, partners) is not { } partner)
        {
            return ReviewResult<OutcomeReceipt>.NotFound();
        }

        var previous = await store.GetAsync(jurisdiction, signalId, cancellationToken);
        var recorded = new PartnerOutcome(jurisdiction, signalId, stored.Signal.CaseReference, partner.Id, outcome, time.GetUtcNow(), caller.Subject);
        await store.SaveAsync(recorded, cancellationToken);
        var actor = new Actor(caller.Subject, AppRoles.OutcomesRecord, new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { jurisdiction }, source);
        var detail = previous is null
            ? $"{signalId} by {partner.Id}: {outcome.ToName()}"
            : $"{signalId} by {partner.Id}: {outcome.ToName()} (replaces {previous.Outcome.ToName()})";
        await audit.WriteAsync(actor, AuditAction, jurisdiction, recorded.CaseId, detail, cancellationToken);
        return ReviewResult<OutcomeReceipt>.Ok(new OutcomeReceipt(signalId, outcome, recorded.RecordedAt, previous?.Outcome));
    }
}
