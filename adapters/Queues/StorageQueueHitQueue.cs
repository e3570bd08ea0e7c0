using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Queues;

/// <summary>
/// Hit queues on Azure Storage Queues. Same semantics as Service Bus where the service allows:
/// time-to-live from the deadline, visibility timeout as the lock, dequeue count as delivery count.
/// Storage Queues have no duplicate detection, so the intake is idempotent by case id. The same
/// adapter carries theme-register signals to the <c>signals-{jurisdiction}</c> queues. Hits set aside
/// go to <c>hits-{jurisdiction}-poison</c> as <c>{ reason, body }</c>, where the dead-letter drain reads them.
/// </summary>
public sealed class StorageQueueHitQueue(QueueServiceClient service, IOptions<StorageOptions> storage, IOptions<HitQueueOptions> options, TimeProvider time) : IHitQueue, ISignalQueue
{
    private readonly string _prefix = storage.Value.LowerCasePrefix;
    private readonly ConcurrentDictionary<string, Task> _created = new();

    /// <inheritdoc />
    public async Task SendAsync(HitRouting message, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(message.Jurisdiction, cancellationToken);
        var ttl = message.Deadline - time.GetUtcNow();
        if (ttl < options.Value.MinimumTimeToLive)
        {
            ttl = options.Value.MinimumTimeToLive;
        }

        // The service counts whole seconds and the SDK cuts the fraction off: round up, so the message
        // never expires before the deadline it stands for.
        ttl = TimeSpan.FromSeconds(Math.Ceiling(ttl.TotalSeconds));

        await queue.SendMessageAsync(
            JsonSerializer.Serialize(message, ScreeningJson.Options),
            visibilityTimeout: null,
            timeToLive: ttl,
            cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async Task SendSignalAsync(ThemeSignal signal, int resend, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(SignalQueueNames.For(signal.Jurisdiction, _prefix), cancellationToken);
        // A signal never expires on the queue (-1): the register may be read late, and a signal
        // that silently disappears is a referral lost.
        await queue.SendMessageAsync(
            JsonSerializer.Serialize(signal, ScreeningJson.Options),
            visibilityTimeout: null,
            timeToLive: TimeSpan.FromSeconds(-1),
            cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReceivedHit>> ReceiveAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(jurisdiction, cancellationToken);
        QueueMessage[] messages = await queue.ReceiveMessagesAsync(Math.Clamp(maxMessages, 1, 32), lockFor, cancellationToken);
        return messages.Select(m => new ReceivedHit(TryRead(m.MessageText), (int)m.DequeueCount, m, m.MessageText)).ToList();
    }

    /// <inheritdoc />
    public async Task CompleteAsync(Jurisdiction jurisdiction, ReceivedHit hit, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(jurisdiction, cancellationToken);
        var message = (QueueMessage)hit.Receipt;
        try
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // Gone already: a retried delete whose first attempt succeeded, or the lock lapsed and
            // another consumer settled it. Either way the hit is in the worklist (intake is idempotent).
        }
    }

    /// <inheritdoc />
    public async Task DeadLetterAsync(Jurisdiction jurisdiction, ReceivedHit hit, string reason, CancellationToken cancellationToken)
    {
        var poison = await QueueAsync(PoisonQueueName(jurisdiction), cancellationToken);
        await poison.SendMessageAsync(
            JsonSerializer.Serialize(new PoisonEnvelope(reason, hit.RawBody), ScreeningJson.Options),
            timeToLive: TimeSpan.FromDays(14),
            cancellationToken: cancellationToken);
        await CompleteAsync(jurisdiction, hit, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeadLetteredHit>> ReceiveDeadLetteredAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var poison = await QueueAsync(PoisonQueueName(jurisdiction), cancellationToken);
        QueueMessage[] messages = await poison.ReceiveMessagesAsync(Math.Clamp(maxMessages, 1, 32), lockFor, cancellationToken);
        return messages.Select(m =>
        {
            var envelope = TryReadEnvelope(m.MessageText);
            var body = envelope?.Body ?? m.MessageText;
            return new DeadLetteredHit(new ReceivedHit(TryRead(body), (int)m.DequeueCount, m, body), envelope?.Reason);
        }).ToList();
    }

    /// <inheritdoc />
    public async Task CompleteDeadLetteredAsync(Jurisdiction jurisdiction, DeadLetteredHit hit, CancellationToken cancellationToken)
    {
        var poison = await QueueAsync(PoisonQueueName(jurisdiction), cancellationToken);
        var message = (QueueMessage)hit.Hit.Receipt;
        try
        {
            await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // Gone already: another drain filed it too (filing is idempotent by case id).
        }
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(jurisdiction, cancellationToken);
        QueueProperties properties = await queue.GetPropertiesAsync(cancellationToken);
        return properties.ApproximateMessagesCount;
    }

    /// <summary>What the poison queue holds: the reason a hit was set aside and its body as received.</summary>
    private sealed record PoisonEnvelope(string? Reason, string? Body);

    private static PoisonEnvelope? TryReadEnvelope(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<PoisonEnvelope>(text, ScreeningJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string PoisonQueueName(Jurisdiction jurisdiction) => HitQueueNames.For(jurisdiction, _prefix) + "-poison";

    private static HitRouting? TryRead(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<HitRouting>(body, ScreeningJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task<QueueClient> QueueAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken) =>
        QueueAsync(HitQueueNames.For(jurisdiction, _prefix), cancellationToken);

    private async Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken)
    {
        var client = service.GetQueueClient(name);
        var creation = _created.GetOrAdd(name, _ => client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None));
        try
        {
            await creation.WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Let the next call try again (e.g. the emulator was restarted).
            _created.TryRemove(new KeyValuePair<string, Task>(name, creation));
            throw;
        }

        return client;
    }
}
