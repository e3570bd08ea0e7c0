using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.ServiceBus;

/// <summary>
/// Hit queues on Azure Service Bus: one queue per jurisdiction, <c>MessageId</c> = case id so the
/// queue's duplicate detection drops repeats, time-to-live = deadline (dead-lettered on expiry by the
/// queue's settings), application properties for routing and priority. Senders and receivers are
/// created once per queue from the one <see cref="ServiceBusClient"/>. Each hit queue's dead-letter
/// queue (expired messages, too many deliveries, the intake's own dead-lettering) is read with a
/// receiver of its own on <see cref="SubQueue.DeadLetter"/>.
/// </summary>
public sealed class ServiceBusHitQueue(ServiceBusClient client, IOptions<HitQueueOptions> options, TimeProvider time) : IHitQueue, ISignalQueue, IAsyncDisposable
{
    // Settle explicitly, as on the queue itself: a dead-lettered hit is removed only once it is filed.
    private static readonly ServiceBusReceiverOptions DeadLetterOptions = new()
    {
        SubQueue = SubQueue.DeadLetter,
        ReceiveMode = ServiceBusReceiveMode.PeekLock,
    };

    private readonly ConcurrentDictionary<string, ServiceBusSender> _senders = new();
    private readonly ConcurrentDictionary<string, ServiceBusReceiver> _receivers = new();
    private readonly TimeSpan _minimumTimeToLive = options.Value.MinimumTimeToLive;

    /// <inheritdoc />
    public Task SendAsync(HitRouting message, CancellationToken cancellationToken)
    {
        var sender = _senders.GetOrAdd(HitQueueNames.For(message.Jurisdiction), client.CreateSender);
        return sender.SendMessageAsync(ToServiceBusMessage(message, time.GetUtcNow(), _minimumTimeToLive), cancellationToken);
    }

    /// <inheritdoc />
    public Task SendSignalAsync(ThemeSignal signal, int resend, CancellationToken cancellationToken)
    {
        var sender = _senders.GetOrAdd(SignalQueueNames.For(signal.Jurisdiction), client.CreateSender);
        return sender.SendMessageAsync(ToServiceBusMessage(signal, resend), cancellationToken);
    }

    /// <summary>
    /// Maps a signal to its Service Bus message. The first send uses the signal id as MessageId, so
    /// duplicate detection drops relay repeats; a supervisor's re-send gets "{id}.r{n}" so it is not
    /// dropped too, while the body keeps the signal id for the receiver's own deduplication.
    /// </summary>
    public static ServiceBusMessage ToServiceBusMessage(ThemeSignal signal, int resend)
    {
        var message = new ServiceBusMessage(BinaryData.FromObjectAsJson(signal, ScreeningJson.Options))
        {
            MessageId = resend == 0 ? signal.SignalId : $"{signal.SignalId}.r{resend}",
            ContentType = "application/json",
            Subject = ThemeSignal.FormatName,
        };
        message.ApplicationProperties["signalId"] = signal.SignalId;
        message.ApplicationProperties["formatVersion"] = signal.FormatVersion;
        message.ApplicationProperties["jurisdiction"] = signal.Jurisdiction.ToCode();
        message.ApplicationProperties["destination"] = signal.Destination.ToString();
        message.ApplicationProperties["resend"] = resend;
        return message;
    }

    /// <summary>
    /// Maps a hit to its Service Bus message; it lives until the deadline, but at least
    /// <paramref name="minimumTimeToLive"/> (one minute when not given).
    /// </summary>
    public static ServiceBusMessage ToServiceBusMessage(HitRouting message, DateTimeOffset now, TimeSpan? minimumTimeToLive = null)
    {
        var ttl = message.Deadline - now;
        var minimum = minimumTimeToLive ?? TimeSpan.FromMinutes(1);
        var sbMessage = new ServiceBusMessage(BinaryData.FromObjectAsJson(message, ScreeningJson.Options))
        {
            MessageId = message.CaseId,
            ContentType = "application/json",
            Subject = "hit",
            TimeToLive = ttl > minimum ? ttl : minimum,
        };
        sbMessage.ApplicationProperties["jurisdiction"] = message.Jurisdiction.ToCode();
        sbMessage.ApplicationProperties["priority"] = message.Priority;
        sbMessage.ApplicationProperties["deadline"] = message.Deadline;
        return sbMessage;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReceivedHit>> ReceiveAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var receiver = _receivers.GetOrAdd(HitQueueNames.For(jurisdiction), name => client.CreateReceiver(name));
        var messages = await receiver.ReceiveMessagesAsync(maxMessages, TimeSpan.FromSeconds(1), cancellationToken);
        return messages.Select(FromServiceBusMessage).ToList();
    }

    /// <summary>Maps a received Service Bus message to a hit (null message when the body is unreadable).</summary>
    public static ReceivedHit FromServiceBusMessage(ServiceBusReceivedMessage message)
    {
        var body = message.Body.ToString();
        HitRouting? hit;
        try
        {
            hit = JsonSerializer.Deserialize<HitRouting>(body, ScreeningJson.Options);
        }
        catch (JsonException)
        {
            hit = null;
        }

        return new ReceivedHit(hit, message.DeliveryCount, message, body);
    }

    /// <inheritdoc />
    public Task CompleteAsync(Jurisdiction jurisdiction, ReceivedHit hit, CancellationToken cancellationToken)
    {
        var receiver = _receivers.GetOrAdd(HitQueueNames.For(jurisdiction), name => client.CreateReceiver(name));
        return receiver.CompleteMessageAsync((ServiceBusReceivedMessage)hit.Receipt, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeadLetterAsync(Jurisdiction jurisdiction, ReceivedHit hit, string reason, CancellationToken cancellationToken)
    {
        var receiver = _receivers.GetOrAdd(HitQueueNames.For(jurisdiction), name => client.CreateReceiver(name));
        return receiver.DeadLetterMessageAsync((ServiceBusReceivedMessage)hit.Receipt, reason, cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeadLetteredHit>> ReceiveDeadLetteredAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        // The lock duration is the queue's setting (Bicep lockDuration); Service Bus takes none per receive.
        var messages = await DeadLetterReceiver(jurisdiction).ReceiveMessagesAsync(maxMessages, TimeSpan.FromSeconds(1), cancellationToken);
        return messages.Select(FromDeadLetteredMessage).ToList();
    }

    /// <summary>Maps a message of a dead-letter queue to a dead-lettered hit, with the reason the broker or the intake gave.</summary>
    public static DeadLetteredHit FromDeadLetteredMessage(ServiceBusReceivedMessage message) =>
        new(FromServiceBusMessage(message), message.DeadLetterReason);

    /// <inheritdoc />
    public Task CompleteDeadLetteredAsync(Jurisdiction jurisdiction, DeadLetteredHit hit, CancellationToken cancellationToken) =>
        DeadLetterReceiver(jurisdiction).CompleteMessageAsync((ServiceBusReceivedMessage)hit.Hit.Receipt, cancellationToken);

    /// <summary>
    /// The receiver of a hit queue's dead-letter queue (entity path <c>hits-{j}/$DeadLetterQueue</c>),
    /// peek-lock, created once. Public so its wiring can be checked without a namespace.
    /// </summary>
    public ServiceBusReceiver DeadLetterReceiver(Jurisdiction jurisdiction) =>
        _receivers.GetOrAdd(HitQueueNames.For(jurisdiction) + "/$DeadLetterQueue", _ => client.CreateReceiver(HitQueueNames.For(jurisdiction), DeadLetterOptions));

    /// <inheritdoc />
    public Task<int> CountAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken) =>
        // Counting needs the administration client and Manage rights the app should not have;
        // queue depth comes from Azure Monitor's Service Bus metrics instead.
        Task.FromResult(-1);

    /// <summary>Peeks one queue: needs only the Listen right the app holds, and reaches the namespace.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var receiver = _receivers.GetOrAdd(HitQueueNames.For(Jurisdiction.AW), name => client.CreateReceiver(name));
        await receiver.PeekMessageAsync(cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var sender in _senders.Values)
        {
            await sender.DisposeAsync();
        }

        foreach (var receiver in _receivers.Values)
        {
            await receiver.DisposeAsync();
        }
    }
}
