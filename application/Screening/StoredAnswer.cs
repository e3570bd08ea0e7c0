namespace BorderScreening.Application.Screening;

/// <summary>An answer kept for an idempotency key, and whether the retried body is the one it answered.</summary>
public sealed record StoredAnswer(int Status, string ContentType, byte[] Body, bool BodyMatches);
