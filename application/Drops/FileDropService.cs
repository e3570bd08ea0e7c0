using System.Text.Json;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Drops;

/// <summary>
/// Screens files that feeds drop into their jurisdiction's container ("drops-cw"): PAXLST
/// (.edi, .paxlst, .txt), JSON lines (.jsonl, .ndjson), JSON (.json) or CSV (.csv). The result is
/// written next to the file as "{name}.result.json". A file is processed once even when the trigger
/// fires twice: a lease on the file lets one worker in, and an existing result file means done (records are
/// idempotent by source identity besides).
/// </summary>
public sealed class FileDropService(
    IDropStore store,
    FeedReader reader,
    ScreeningService screening,
    IOptions<FeedLimits> limits,
    TimeProvider time,
    ILogger<FileDropService> logger)
{
    // Long enough to read and screen the largest file a feed may drop; a crashed worker's lease lapses after it.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    /// <summary>What happened to one dropped file.</summary>
    public enum DropOutcome
    {
        /// <summary>Screened now; the result file was written.</summary>
        Processed,
        /// <summary>Processed before (result file exists) or being processed by another worker.</summary>
        Skipped,
        /// <summary>Not a file to process (a result file).</summary>
        Ignored,
    }

    /// <summary>Processes one dropped file.</summary>
    public async Task<DropOutcome> ProcessAsync(Jurisdiction jurisdiction, string blobName, CancellationToken cancellationToken)
    {
        if (DropFiles.IsResult(blobName))
        {
            return DropOutcome.Ignored;
        }

        if (await store.HasResultAsync(jurisdiction, blobName, cancellationToken))
        {
            return DropOutcome.Skipped;
        }

        await using var file = await store.TryOpenAsync(jurisdiction, blobName, Lease, cancellationToken);
        if (file is null || await store.HasResultAsync(jurisdiction, blobName, cancellationToken))
        {
            return DropOutcome.Skipped;
        }

        var report = await ScreenAsync(jurisdiction, blobName, file, cancellationToken);
        if (!await store.TryWriteResultAsync(jurisdiction, blobName, JsonSerializer.Serialize(report, ScreeningJson.Options), cancellationToken))
        {
            return DropOutcome.Skipped;
        }

        logger.LogInformation("Dropped file in {Jurisdiction} processed", jurisdiction.ToCode());
        return DropOutcome.Processed;
    }

    /// <summary>Processes every file in every drop folder that has no result yet (the local host's poll).</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            await store.EnsureCreatedAsync(jurisdiction, cancellationToken);
            foreach (var name in await store.ListUnansweredAsync(jurisdiction, cancellationToken))
            {
                if (await ProcessAsync(jurisdiction, name, cancellationToken) == DropOutcome.Processed)
                {
                    processed++;
                }
            }
        }

        return processed;
    }

    private async Task<object> ScreenAsync(Jurisdiction jurisdiction, string blobName, IDroppedFile file, CancellationToken cancellationToken)
    {
        if (file.Length > limits.Value.MaxBodyBytes)
        {
            return new { file = blobName, errors = new[] { new FieldError("$", $"the file is larger than {limits.Value.MaxBodyBytes} bytes; split it") } };
        }

        var content = await file.ReadAsync(cancellationToken);
        var batch = Read(blobName, content, file.SourceSystem ?? $"DROP-{jurisdiction.ToCode()}", jurisdiction);
        if (batch is null)
        {
            return new { file = blobName, errors = new[] { new FieldError("$", "unknown file type: use .edi/.paxlst/.txt, .jsonl/.ndjson, .json or .csv") } };
        }

        var screened = batch.IsUnreadable ? new BatchResult([], batch.Errors) : await screening.ScreenAsync(batch, SourceOf(jurisdiction), cancellationToken);
        return new
        {
            file = blobName,
            screenedAt = time.GetUtcNow(),
            accepted = screened.Accepted,
            rejected = screened.Rejected,
            errors = screened.Errors,
            results = screened.Records.Select(r => new
            {
                index = r.Index,
                assessmentId = r.AssessmentId,
                status = r.Status,
                hit = r.Assessment?.Risk.IsHit,
                band = r.Assessment?.Risk.Band,
                errors = r.Errors.Count > 0 ? r.Errors : null,
                warnings = r.Warnings.Count > 0 ? r.Warnings : null,
            }),
        };
    }

    /// <summary>
    /// A drop folder is its own sender: whoever can write into CW's folder sends for CW only, in every
    /// format, and its record identities are its own (a file in another folder cannot pre-empt them).
    /// </summary>
    public static FeedSource SourceOf(Jurisdiction jurisdiction) =>
        new($"drop:{jurisdiction.ToCode()}", new HashSet<Jurisdiction> { jurisdiction }, null);

    private ParsedBatch? Read(string name, byte[] content, string source, Jurisdiction jurisdiction)
    {
        if (FeedReader.FormatOf(name) is not { } format)
        {
            return null;
        }

        return reader.Read(format, content, source, jurisdiction, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}
