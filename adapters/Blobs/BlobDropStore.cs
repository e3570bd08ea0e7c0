using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using BorderScreening.Application.Drops;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Blobs;

/// <summary>
/// Drop folders as blob containers "drops-{jurisdiction}" (with the configured prefix); a file is
/// opened under a blob lease and its result uploaded with If-None-Match: * so only the first
/// writer succeeds. Also the retention job's view of the folders (<see cref="IDropRetentionStore"/>):
/// a result is written once, so its time is when the file was answered.
/// </summary>
public sealed class BlobDropStore(BlobServiceClient blobs, IOptions<StorageOptions> storage) : IDropStore, IDropRetentionStore
{
    private readonly string _prefix = storage.Value.LowerCasePrefix;

    // Containers known to exist: creating them on every poll made a 409 (and a logged warning) each time.
    private readonly ConcurrentDictionary<string, bool> _created = new();

    /// <summary>The drop container of a jurisdiction (tests and tools upload into it).</summary>
    public BlobContainerClient Container(Jurisdiction jurisdiction) =>
        blobs.GetBlobContainerClient($"{_prefix}drops-{jurisdiction.ToCode().ToLowerInvariant()}");

    /// <inheritdoc />
    public async Task EnsureCreatedAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var container = Container(jurisdiction);
        if (!_created.ContainsKey(container.Name))
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created[container.Name] = true;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListUnansweredAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in Container(jurisdiction).GetBlobsAsync(cancellationToken: cancellationToken))
        {
            names.Add(blob.Name);
        }

        return names.Where(n => !DropFiles.IsResult(n) && !names.Contains(n + DropFiles.ResultSuffix)).Order(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> HasResultAsync(Jurisdiction jurisdiction, string name, CancellationToken cancellationToken) =>
        await Container(jurisdiction).GetBlobClient(name + DropFiles.ResultSuffix).ExistsAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IDroppedFile?> TryOpenAsync(Jurisdiction jurisdiction, string name, TimeSpan lease, CancellationToken cancellationToken)
    {
        var blob = Container(jurisdiction).GetBlobClient(name);
        var leaseClient = blob.GetBlobLeaseClient();
        try
        {
            await leaseClient.AcquireAsync(lease, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 404)
        {
            // Another worker holds it, or it is gone.
            return null;
        }

        try
        {
            var properties = await blob.GetPropertiesAsync(new BlobRequestConditions { LeaseId = leaseClient.LeaseId }, cancellationToken);
            var source = properties.Value.Metadata.TryGetValue("sourceSystem", out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
            return new LeasedBlob(blob, leaseClient, properties.Value.ContentLength, source);
        }
        catch
        {
            await LeasedBlob.ReleaseAsync(leaseClient);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryWriteResultAsync(Jurisdiction jurisdiction, string name, string resultJson, CancellationToken cancellationToken)
    {
        try
        {
            await Container(jurisdiction).GetBlobClient(name + DropFiles.ResultSuffix).UploadAsync(
                BinaryData.FromString(resultJson),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<DropCleanup> CleanUpAsync(Jurisdiction jurisdiction, DateTimeOffset filesAnsweredBefore, DateTimeOffset resultsWrittenBefore, CancellationToken cancellationToken)
    {
        var container = Container(jurisdiction);
        var written = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        try
        {
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                written[blob.Name] = blob.Properties.LastModified ?? DateTimeOffset.MaxValue;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No folder yet: nothing was ever dropped here.
            return new DropCleanup(0, 0, 0);
        }

        int files = 0, results = 0;
        foreach (var (name, at) in written.Where(b => DropFiles.IsResult(b.Key)))
        {
            // A result is written once, so its time is when the file was answered.
            var file = name[..^DropFiles.ResultSuffix.Length];
            var fileGone = !written.ContainsKey(file);
            if (!fileGone && at < filesAnsweredBefore && await DeleteAsync(container.GetBlobClient(file), cancellationToken))
            {
                files++;
                fileGone = true;
            }

            if (fileGone && at < resultsWrittenBefore && await DeleteAsync(container.GetBlobClient(name), cancellationToken))
            {
                results++;
            }
        }

        var unanswered = written.Count(b => !DropFiles.IsResult(b.Key) && !written.ContainsKey(b.Key + DropFiles.ResultSuffix) && b.Value < filesAnsweredBefore);
        return new DropCleanup(files, results, unanswered);
    }

    private static async Task<bool> DeleteAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Leased by a worker reading it right now (a file dropped again under the same name); the next run takes it.
            return false;
        }
    }

    private sealed class LeasedBlob(BlobClient blob, BlobLeaseClient lease, long length, string? sourceSystem) : IDroppedFile
    {
        public long Length => length;

        public string? SourceSystem => sourceSystem;

        public async Task<byte[]> ReadAsync(CancellationToken cancellationToken)
        {
            var content = await blob.DownloadContentAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { LeaseId = lease.LeaseId } }, cancellationToken);
            return content.Value.Content.ToArray();
        }

        public ValueTask DisposeAsync() => new(ReleaseAsync(lease));

        public static async Task ReleaseAsync(BlobLeaseClient lease)
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
}
