using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Storage;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Blobs;

/// <summary>
/// <see cref="IIdempotencyStore"/> on Blob Storage. Answers can exceed a table property's 64 KiB, so
/// they are blobs ("idempotency/{hash of caller and key}") with the body hash, status and content type
/// as metadata; the first answer stored wins (If-None-Match: *).
/// </summary>
public sealed class BlobIdempotencyStore(BlobServiceClient blobs, IOptions<StorageOptions> storage, TimeProvider time) : IIdempotencyStore
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(
        storage.Value.LowerCasePrefix + "idempotency");

    /// <inheritdoc />
    public async Task<StoredAnswer?> FindAsync(string caller, string key, byte[] requestBody, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(Name(caller, key));
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            var meta = content.Value.Details.Metadata;
            if (content.Value.Details.LastModified + IIdempotencyStore.Retention < time.GetUtcNow())
            {
                return null;
            }

            return new StoredAnswer(
                int.Parse(meta["status"], System.Globalization.CultureInfo.InvariantCulture),
                meta["contenttype"],
                content.Value.Content.ToArray(),
                meta["bodyhash"] == Hash(requestBody));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(string caller, string key, byte[] requestBody, int status, string contentType, byte[] answer, CancellationToken cancellationToken)
    {
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            await _container.GetBlobClient(Name(caller, key)).UploadAsync(
                BinaryData.FromBytes(answer),
                new BlobUploadOptions
                {
                    Metadata = new Dictionary<string, string>
                    {
                        ["bodyhash"] = Hash(requestBody),
                        ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["contenttype"] = contentType,
                    },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A concurrent first attempt stored its answer; both answers hold the same records.
        }
    }

    private static string Name(string caller, string key) => Hash(Encoding.UTF8.GetBytes(caller + "\n" + key));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
