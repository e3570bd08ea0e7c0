using System.Collections.Concurrent;

namespace BorderScreening.Cli.Load;

/// <summary>What the driver sent and what the host answered, counted thread-safely.</summary>
internal sealed class TrafficCounts
{
    private int _requests;
    private int _recordsSent;
    private int _duplicates;
    private int _resends;
    private int _replayed;
    private int _timeoutRetries;
    private int _errorRetries;
    private int _failedRequests;
    private int _openRequests;

    /// <summary>HTTP requests sent (every attempt).</summary>
    public int Requests => _requests;

    /// <summary>Records in every request sent, attempts and re-sends included.</summary>
    public int RecordsSent => _recordsSent;

    /// <summary>Single records posted again.</summary>
    public int Duplicates => _duplicates;

    /// <summary>Whole batches re-sent with the same Idempotency-Key after an answer.</summary>
    public int Resends => _resends;

    /// <summary>Answers marked Idempotent-Replayed.</summary>
    public int Replayed => _replayed;

    /// <summary>Attempts abandoned by the client (timeout) and sent again with the same key.</summary>
    public int TimeoutRetries => _timeoutRetries;

    /// <summary>Attempts answered 429/5xx or failed in transport, and sent again.</summary>
    public int ErrorRetries => _errorRetries;

    /// <summary>Requests that never got a good answer within the attempts allowed.</summary>
    public int FailedRequests => _failedRequests;

    /// <summary>Requests in flight right now.</summary>
    public int OpenRequests => Volatile.Read(ref _openRequests);

    /// <summary>The screenedAt of every answer per assessment id: more than one value means screened twice.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<DateTimeOffset, byte>> AnsweredScreenedAt { get; } = new(StringComparer.Ordinal);

    /// <summary>Statuses the host answered with, for the report.</summary>
    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public void Sent(int records)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _recordsSent, records);
    }

    public void Opened() => Interlocked.Increment(ref _openRequests);

    public void Closed() => Interlocked.Decrement(ref _openRequests);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void Resend() => Interlocked.Increment(ref _resends);

    public void WasReplayed() => Interlocked.Increment(ref _replayed);

    public void TimeoutRetry() => Interlocked.Increment(ref _timeoutRetries);

    public void ErrorRetry() => Interlocked.Increment(ref _errorRetries);

    public void Failed() => Interlocked.Increment(ref _failedRequests);

    public void Status(int status) => Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    public void Answered(string assessmentId, DateTimeOffset screenedAt) =>
        AnsweredScreenedAt.GetOrAdd(assessmentId, _ => new()).TryAdd(screenedAt, 0);
}
