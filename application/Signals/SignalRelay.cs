using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Application.Signals;

/// <summary>
/// Publishes queued signals to the <c>signals-{jurisdiction}</c> queues, exactly like the hit relay:
/// the decision calls <see cref="PublishNowAsync"/> right after it is stored (fast path); a Timer
/// function in Azure and a loop in the local host call <see cref="RelayPendingAsync"/> for the rest.
/// Each send is leased (conditional on its version) before it is sent, so two relays never both send it; only a crash
/// between send and removal sends it again, which the signal id (and Service Bus duplicate
/// detection) absorbs. Every delivery is audited.
/// </summary>
public sealed class SignalRelay(ISignalStore store, ISignalQueue queue, IAuditLog audit, TimeProvider time, ILogger<SignalRelay> logger)
{
    /// <summary>How long a relay holds a row while it sends.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>The actor of delivery entries in the audit log.</summary>
    public static readonly Actor RelayActor = new("system:signal-relay", "System", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction>());

    /// <summary>Publishes one queued send now; false when it failed or another relay has it.</summary>
    public async Task<bool> PublishNowAsync(Jurisdiction jurisdiction, string signalId, int resend, CancellationToken cancellationToken)
    {
        try
        {
            var send = await store.GetSendAsync(jurisdiction, signalId, resend, cancellationToken);
            return send is not null && await TryDeliverAsync(jurisdiction, send, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The decision is stored and the send is queued: the relay takes it from here.
            logger.LogWarning(ex, "Fast-path publishing of a signal in {Jurisdiction} failed; the relay will send it", jurisdiction.ToCode());
            return false;
        }
    }

    /// <summary>Publishes every due send of every jurisdiction; returns how many were sent.</summary>
    public async Task<int> RelayPendingAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            foreach (var send in await store.PendingAsync(jurisdiction, time.GetUtcNow(), 100, cancellationToken))
            {
                if (await TryDeliverAsync(jurisdiction, send, cancellationToken))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    private async Task<bool> TryDeliverAsync(Jurisdiction jurisdiction, SignalSend queued, CancellationToken cancellationToken)
    {
        if (await store.TryLeaseAsync(queued, time.GetUtcNow() + Lease, cancellationToken) is not { } send)
        {
            return false;
        }

        var signal = send.Signal;
        var resend = send.Resend;
        try
        {
            await queue.SendSignalAsync(signal, resend, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = send.Attempts;
            var delay = OutboxRelay.Backoff(attempts);
            logger.LogWarning(ex, "Publishing signal {SignalId} failed (attempt {Attempt}); retrying in {Delay}", signal.SignalId, attempts + 1, delay);
            await store.MarkFailedAsync(send, time.GetUtcNow() + delay, cancellationToken);
            return false;
        }

        await store.MarkSentAsync(send, cancellationToken);
        await audit.WriteAsync(
            RelayActor,
            resend == 0 ? "signal.sent" : "signal.resent",
            jurisdiction,
            signal.CaseReference,
            $"{signal.SignalId} to {signal.Destination} on {SignalQueueNames.For(jurisdiction)}{(resend == 0 ? "" : $" (re-send {resend})")}",
            cancellationToken);
        return true;
    }
}
