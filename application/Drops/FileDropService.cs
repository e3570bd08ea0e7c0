using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Drops;

/// <summary>
/// Screens files that feeds drop into their jurisdiction's container ("drops-cw"): PAXLST
/// (.edi, .paxlst, .txt), JSON lines (.jsonl, .ndjson), JSON (.json) or CSV (.csv). The result is
/// written next to the file as "{name}.result.json". A file is processed once even when the trigger
/// fires twice: a blob lease lets one worker in, and an existing result file means done (records are
/// idempotent by source identity besides).
/// </summary>
public sealed class FileDropService(
    BlobServiceClient blobs,
    IOptions<StorageOptions> storage,
    FeedReader reader,
    ScreeningService screening,
    IOptions<FeedLimits> limits,
    TimeProvider time,
    ILogger<FileDropService> logger)
{
    /// <summary>Suffix of result files.</summary>
    public const string ResultSuffix = ".result.json";

    private readonly string _prefix = storage.Value.LowerCasePrefix;

    // Containers known to exist: creating them on every poll made a 409 (and a logged warning) each time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _created = new();

    /// <summary>The drop container of a jurisdiction.</summary>
    public BlobContainerClient Container(Jurisdiction jurisdiction) =>
        blobs.GetBlobContainerClient($"{_prefix}drops-{jurisdiction.ToCode().ToLowerInvariant()}");

    /// <summary>What happened to one dropped file.</summary>
    public enum DropOutcome
    {
        /// <summary>Screened now; the result file was written.</summary>
        Processed,
        /// <summary>Processed before (result file exists) or being processed by another worker.</summary>
        Skipped,
        /// <summary>Not a file to process (a result file, or an unknown extension: reported in a result file).</summary>
        Ignored,
    }

    /// <summary>Processes one dropped file.</summary>
    public async Task<DropOutcome> ProcessAsync(Jurisdiction jurisdiction, string blobName, CancellationToken cancellationToken)
    {
        if (blobName.EndsWith(ResultSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return DropOutcome.Ignored;
        }

        var container = Container(jurisdiction);
        var input = container.GetBlobClient(blobName);
        var result = container.GetBlobClient(blobName + ResultSuffix);
        if (await result.ExistsAsync(cancellationToken))
        {
            return DropOutcome.Skipped;
        }

        var lease = input.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(TimeSpan.FromSeconds(60), cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 404)
        {
            // Another worker holds it, or it is gone.
            return DropOutcome.Skipped;
        }

        try
        {
            if (await result.ExistsAsync(cancellationToken))
            {
                return DropOutcome.Skipped;
            }

            var properties = await input.GetPropertiesAsync(new BlobRequestConditions { LeaseId = lease.LeaseId }, cancellationToken);
            object report;
            if (properties.Value.ContentLength > limits.Value.MaxBodyBytes)
            {
                report = new { file = blobName, errors = new[] { new FieldError("$", $"the file is larger than {limits.Value.MaxBodyBytes} bytes; split it") } };
            }
            else
            {
                var content = await input.DownloadContentAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { LeaseId = lease.LeaseId } }, cancellationToken);
                var source = properties.Value.Metadata.TryGetValue("sourceSystem", out var s) && !string.IsNullOrWhiteSpace(s) ? s : $"DROP-{jurisdiction.ToCode()}";
                var batch = Read(blobName, content.Value.Content.ToArray(), source, jurisdiction);
                if (batch is null)
                {
                    report = new { file = blobName, errors = new[] { new FieldError("$", "unknown file type: use .edi/.paxlst/.txt, .jsonl/.ndjson, .json or .csv") } };
                }
                else
                {
                    var screened = batch.IsUnreadable ? new BatchResult([], batch.Errors) : await screening.ScreenAsync(batch, cancellationToken);
                    report = new
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
            }

            try
            {
                await result.UploadAsync(
                    BinaryData.FromString(JsonSerializer.Serialize(report, ScreeningJson.Options)),
                    new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                    cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                return DropOutcome.Skipped;
            }

            logger.LogInformation("Dropped file in {Jurisdiction} processed", jurisdiction.ToCode());
            return DropOutcome.Processed;
        }
        finally
        {
            try
            {
                await lease.ReleaseAsync(cancellationToken: CancellationToken.None);
            }
            catch (RequestFailedException)
            {
                // The lease lapses by itself.
            }
        }
    }

    /// <summary>Processes every file in every drop container that has no result yet (the local host's poll).</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var processed = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var container = Container(jurisdiction);
            if (!_created.ContainsKey(container.Name))
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _created[container.Name] = true;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                names.Add(blob.Name);
            }

            foreach (var name in names.Where(n => !n.EndsWith(ResultSuffix, StringComparison.OrdinalIgnoreCase) && !names.Contains(n + ResultSuffix)))
            {
                if (await ProcessAsync(jurisdiction, name, cancellationToken) == DropOutcome.Processed)
                {
                    processed++;
                }
            }
        }

        return processed;
    }

    private ParsedBatch? Read(string name, byte[] content, string source, Jurisdiction jurisdiction)
    {
        if (FeedReader.FormatOf(name) is not { } format)
        {
            return null;
        }

        var batch = reader.Read(format, content, source, jurisdiction, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return format is FeedFormat.Json or FeedFormat.JsonLines ? WithJurisdiction(batch, jurisdiction) : batch;
    }

    private static ParsedBatch WithJurisdiction(ParsedBatch batch, Jurisdiction jurisdiction) =>
        // A file in CW's container may only hold CW's records: each jurisdiction's data is its own.
        batch with
        {
            Records = batch.Records.Select(r => r.Record is { } record && record.Jurisdiction != jurisdiction
                ? ParsedRecord.Invalid(r.Index, [new FieldError($"records[{r.Index}].jurisdiction", $"must be {jurisdiction.ToCode()} in this container")])
                : r).ToList(),
        };
}
