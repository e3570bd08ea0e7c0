namespace BorderScreening.Application.Screening;

/// <summary>
/// Remembers the answer to a batch sent with an <c>Idempotency-Key</c> header for 24 hours, per
/// caller: a retry with the same key and body gets the same answer byte for byte; the same key with a
/// different body is refused. Records are idempotent by source identity regardless, so two first
/// attempts racing each other still screen each record once.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>How long an answer is kept.</summary>
    static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>The stored answer for a caller's key, or null when there is none (or it expired).</summary>
    Task<StoredAnswer?> FindAsync(string caller, string key, byte[] requestBody, CancellationToken cancellationToken);

    /// <summary>Stores an answer; when one is already stored, the first one stays.</summary>
    Task SaveAsync(string caller, string key, byte[] requestBody, int status, string contentType, byte[] answer, CancellationToken cancellationToken);
}
