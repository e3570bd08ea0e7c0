using System.Text;
using Azure.Storage.Queues;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Application.Storage;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Queues;

/// <summary>
/// <see cref="IReplaySliceQueue"/> on the Storage Queue "replay-slices". Messages are Base64 text, the
/// encoding the Functions queue trigger reads by default, so the same messages feed the trigger in
/// Azure and the local host's worker.
/// </summary>
public sealed class StorageQueueReplaySliceQueue(QueueServiceClient service, IOptions<StorageOptions> storage) : IReplaySliceQueue
{
    /// <summary>The queue's name (the Functions trigger names it; a name prefix applies only outside Azure).</summary>
    public const string QueueName = "replay-slices";

    private readonly QueueClient _queue = service.GetQueueClient(storage.Value.LowerCasePrefix + QueueName);
    private volatile bool _created;

    /// <inheritdoc />
    public async Task SendAsync(IReadOnlyList<ReplaySliceMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await EnsureAsync(cancellationToken);
        // A slice waits as long as it takes (-1): a replay never loses a slice to a time-to-live.
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (message, ct) =>
            await _queue.SendMessageAsync(Encode(message), visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: ct));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TakenReplaySlice>> TakeAsync(int max, TimeSpan visibility, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var received = await _queue.ReceiveMessagesAsync(Math.Clamp(max, 1, 32), visibility, cancellationToken);
        var taken = new List<TakenReplaySlice>();
        foreach (var message in received.Value)
        {
            try
            {
                taken.Add(new TakenReplaySlice(Decode(message.MessageText), message.MessageId, message.PopReceipt, message.DequeueCount));
            }
            catch (Exception ex) when (ex is FormatException or InvalidDataException)
            {
                // Not a slice this service wrote: it would come back forever, so it goes.
                await _queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            }
        }

        return taken;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(TakenReplaySlice taken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        await _queue.DeleteMessageAsync(taken.MessageId, taken.Receipt, cancellationToken);
    }

    /// <summary>The slice a message's text carries (Base64 of its JSON).</summary>
    public static ReplaySliceMessage Decode(string text) => ReplaySliceMessage.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(text)));

    private static string Encode(ReplaySliceMessage message) => Convert.ToBase64String(Encoding.UTF8.GetBytes(message.ToJson()));

    private async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
    }
}
