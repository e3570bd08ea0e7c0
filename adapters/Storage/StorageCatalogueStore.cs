using BorderScreening.Adapters.Tables;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Storage;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Storage;

/// <summary>
/// <see cref="ICatalogueStore"/> on Blob and Table Storage.
/// <para>
/// Candidates: blob container "catalogues", blob "{version}.json", written once (If-None-Match *) so a
/// version always names one file; metadata holds the content hash, indicator count and uploader.
/// Active pointer: settings table, PartitionKey "catalogue", RowKey "active" (Version, History as
/// versions separated by newlines, ChangedBy, ChangedAt, Reason); replaced only with its ETag, so two
/// operators activating at once cannot both win.
/// </para>
/// </summary>
public sealed class StorageCatalogueStore(BlobServiceClient blobs, StorageTables tables, IOptions<StorageOptions> storage) : ICatalogueStore
{
    private const string PointerPartition = "catalogue";
    private const string PointerRow = "active";

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(storage.Value.LowerCasePrefix + "catalogues");
    private volatile bool _containerExists;

    /// <inheritdoc />
    public async Task<bool> AddAsync(StoredCatalogue info, byte[] json, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await _container.GetBlobClient(BlobName(info.Version)).UploadAsync(
                new BinaryData(json),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    Metadata = new Dictionary<string, string>
                    {
                        ["contenthash"] = info.ContentHash,
                        ["indicators"] = info.Indicators.ToString(CultureInfo.InvariantCulture),
                        ["uploadedby"] = info.UploadedBy,
                        ["uploadedat"] = (info.UploadedAt ?? default).ToString("O", CultureInfo.InvariantCulture),
                    },
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string version, CancellationToken cancellationToken)
    {
        try
        {
            var content = await _container.GetBlobClient(BlobName(version)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredCatalogue>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<StoredCatalogue>();
        try
        {
            await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
            {
                if (blob.Name.EndsWith(".json", StringComparison.Ordinal))
                {
                    list.Add(FromMetadata(blob.Name[..^".json".Length], blob.Metadata));
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing uploaded yet.
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<ActiveCatalogue?> GetActiveAsync(CancellationToken cancellationToken)
    {
        var row = await tables.Settings.GetEntityIfExistsAsync<TableEntity>(PointerPartition, PointerRow, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } entity || entity.GetString("Version") is not { Length: > 0 } version)
        {
            return null;
        }

        var history = (entity.GetString("History") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new ActiveCatalogue(version, history, entity.GetString("ChangedBy") ?? "", entity.GetDateTimeOffset("ChangedAt") ?? default, entity.GetString("Reason") ?? "", entity.ETag.ToString());
    }

    /// <inheritdoc />
    public async Task<bool> SetActiveAsync(ActiveCatalogue next, ActiveCatalogue? expected, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PointerPartition, PointerRow)
        {
            ["Version"] = next.Version,
            ["History"] = string.Join('\n', next.History.TakeLast(ActiveCatalogue.MaxHistory)),
            ["ChangedBy"] = next.ChangedBy,
            ["ChangedAt"] = next.ChangedAt,
            ["Reason"] = next.Reason,
        };
        try
        {
            if (expected?.ConcurrencyToken is { } token)
            {
                await tables.Settings.UpdateEntityAsync(entity, new ETag(token), TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await tables.Settings.AddEntityAsync(entity, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static string BlobName(string version) => version + ".json";

    private static StoredCatalogue FromMetadata(string version, IDictionary<string, string> metadata) => new(
        version,
        metadata.TryGetValue("contenthash", out var hash) ? hash : "",
        metadata.TryGetValue("indicators", out var n) && int.TryParse(n, CultureInfo.InvariantCulture, out var count) ? count : 0,
        metadata.TryGetValue("uploadedby", out var by) ? by : "",
        metadata.TryGetValue("uploadedat", out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ? when : null);

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        // Once per process: CreateIfNotExists on every upload would log a 409 each time.
        if (!_containerExists)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerExists = true;
        }
    }
}
