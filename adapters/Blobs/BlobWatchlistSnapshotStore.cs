using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Watchlists;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Blobs;

/// <summary>
/// <see cref="IWatchlistSnapshotStore"/> on Blob Storage: "watchlists/snapshot.json.gz", gzip'd JSON,
/// with the watermark as metadata so that an instance can tell whether its own state is newer without
/// downloading the blob. Replaced only under the ETag read with that metadata, so two instances
/// writing at once cannot put an older snapshot over a newer one.
/// </summary>
public sealed class BlobWatchlistSnapshotStore(BlobServiceClient blobs, IOptions<StorageOptions> storage) : IWatchlistSnapshotStore
{
    private const string WatermarkKey = "watermark";
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(storage.Value.LowerCasePrefix + "watchlists");

    private BlobClient Blob => _container.GetBlobClient("snapshot.json.gz");

    /// <inheritdoc />
    public async Task<WatchlistSnapshot?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var download = await Blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            await using var content = download.Value.Content;
            await using var unzipped = new GZipStream(content, CompressionMode.Decompress);
            return await JsonSerializer.DeserializeAsync<WatchlistSnapshot>(unzipped, ScreeningJson.Options, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryWriteAsync(WatchlistSnapshot snapshot, TimeSpan minimumAdvance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        BlobRequestConditions conditions;
        try
        {
            var properties = await Blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            if (properties.Value.Metadata.TryGetValue(WatermarkKey, out var stored)
                && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var watermark)
                && snapshot.Watermark - watermark < minimumAdvance)
            {
                return false;
            }

            conditions = new BlobRequestConditions { IfMatch = properties.Value.ETag };
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
        }

        using var buffer = new MemoryStream();
        await using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(zip, snapshot, ScreeningJson.Options, cancellationToken);
        }

        buffer.Position = 0;
        try
        {
            await Blob.UploadAsync(buffer, new BlobUploadOptions
            {
                Conditions = conditions,
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/gzip" },
                Metadata = new Dictionary<string, string> { [WatermarkKey] = snapshot.Watermark.ToString("O", CultureInfo.InvariantCulture) },
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another instance replaced it between our look and our write.
            return false;
        }
    }
}
