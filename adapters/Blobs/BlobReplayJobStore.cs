using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Storage;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Blobs;

/// <summary>
/// <see cref="IReplayJobStore"/> on Blob Storage, container "replays": "{job id}/job.json" and
/// "{job id}/slices/{slice:D5}.json". A slice's result is written with If-None-Match: *, so a slice
/// run twice keeps its first counts and the sum never counts a slice twice.
/// </summary>
public sealed class BlobReplayJobStore(BlobServiceClient blobs, IOptions<StorageOptions> storage) : IReplayJobStore
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(storage.Value.LowerCasePrefix + "replays");
    private volatile bool _created;

    /// <inheritdoc />
    public async Task CreateAsync(ReplayJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await EnsureAsync(cancellationToken);
        await _container.GetBlobClient(job.Id + "/job.json").UploadAsync(
            BinaryData.FromObjectAsJson(job, ScreeningJson.Options),
            new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReplayJob?> GetAsync(string jobId, CancellationToken cancellationToken)
    {
        if (!IsJobId(jobId))
        {
            return null;
        }

        try
        {
            var content = await _container.GetBlobClient(jobId + "/job.json").DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<ReplayJob>(ScreeningJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryAddSliceAsync(string jobId, int slice, ReplaySliceResult result, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        try
        {
            await _container.GetBlobClient(SliceName(jobId, slice)).UploadAsync(
                BinaryData.FromObjectAsJson(result, ScreeningJson.Options),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task MarkFailedAsync(string jobId, int slice, string failure, CancellationToken cancellationToken)
    {
        if (!IsJobId(jobId))
        {
            return;
        }

        await EnsureAsync(cancellationToken);
        await _container.GetBlobClient(string.Create(CultureInfo.InvariantCulture, $"{jobId}/failed/{slice:D5}.json"))
            .UploadAsync(BinaryData.FromObjectAsJson(new { slice, failure }, ScreeningJson.Options), overwrite: true, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<int>> SlicesFailedAsync(string jobId, CancellationToken cancellationToken) =>
        await SliceNumbersAsync(jobId, "failed", cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<int>> SlicesDoneAsync(string jobId, CancellationToken cancellationToken) =>
        await SliceNumbersAsync(jobId, "slices", cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<ReplaySliceResult> SlicesAsync(string jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var name in SliceNamesAsync(jobId, "slices", cancellationToken))
        {
            var content = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            yield return content.Value.Content.ToObjectFromJson<ReplaySliceResult>(ScreeningJson.Options)!;
        }
    }

    private static string SliceName(string jobId, int slice) => string.Create(CultureInfo.InvariantCulture, $"{jobId}/slices/{slice:D5}.json");

    // Job ids are made here ("rj-" and hex); anything else cannot name a job and never reaches a blob path.
    private static bool IsJobId(string jobId) => jobId.Length is > 3 and <= 64 && jobId.StartsWith("rj-", StringComparison.Ordinal) && jobId[3..].All(char.IsAsciiHexDigitLower);

    private async Task<List<int>> SliceNumbersAsync(string jobId, string folder, CancellationToken cancellationToken)
    {
        var numbers = new List<int>();
        await foreach (var name in SliceNamesAsync(jobId, folder, cancellationToken))
        {
            numbers.Add(int.Parse(name.AsSpan(name.LastIndexOf('/') + 1, 5), NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return numbers;
    }

    private async IAsyncEnumerable<string> SliceNamesAsync(string jobId, string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!IsJobId(jobId))
        {
            yield break;
        }

        await EnsureAsync(cancellationToken);
        await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{jobId}/{folder}/" }, cancellationToken))
        {
            yield return blob.Name;
        }
    }

    private async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
    }
}
