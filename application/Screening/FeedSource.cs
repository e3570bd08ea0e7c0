using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening;

/// <summary>
/// Who sent a batch and what it may send: the authenticated feed principal (or drop folder) whose
/// name becomes part of every record identity, and the jurisdictions and source systems it is bound
/// to. A record outside them is refused, the rest of the batch goes on.
/// </summary>
/// <param name="Sender">The sender's stable id (token subject, or "drop:cw"); null only for trusted internal callers.</param>
/// <param name="Jurisdictions">Jurisdictions it may send for; null = any (trusted internal callers only).</param>
/// <param name="SourceSystems">Source systems it may send as (upper case); null = any.</param>
public sealed record FeedSource(string? Sender, IReadOnlySet<Jurisdiction>? Jurisdictions, IReadOnlySet<string>? SourceSystems)
{
    /// <summary>Demo data, benchmarks and tests inside the process: any jurisdiction and source, ids from the record alone.</summary>
    public static FeedSource Internal { get; } = new(null, null, null);

    /// <summary>Why <paramref name="record"/> may not be sent by this source; null when it may.</summary>
    public string? Refusal(ScreeningRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Jurisdictions is not null && !Jurisdictions.Contains(record.Jurisdiction))
        {
            return $"this feed may not send records for {record.Jurisdiction.ToCode()}";
        }

        if (SourceSystems is not null && !SourceSystems.Contains(record.SourceSystem.Trim().ToUpperInvariant()))
        {
            return "this feed may not send records of this source system";
        }

        return null;
    }
}
