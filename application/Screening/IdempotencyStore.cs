using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BorderScreening.Application.Storage;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Screening;

/// <summary>
/// Remembers the answer to a batch sent with an <c>Idempotency-Key</c> header for 24 hours, per
/// caller: a retry with the same key and body gets the same answer byte for byte; the same key with a
/// different body is refused. Answers can exceed a table property's 64 KiB, so they are blobs
/// ("idempotency/{hash of caller and key}") with the body hash, status and content type as metadata.
/// Records are idempotent by source identity regardless, so two first attempts racing each other
/// still screen each record once.
/// </summary>
public sealed class IdempotencyStore(BlobServiceClient blobs, IOptions<StorageOptions> storage, TimeProvider time)
{
    /// <summary>How long an answer is kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(
        storage.Value.LowerCasePrefix + "idempotency");

    /// <summary>A stored answer.</summary>
    public sealed record StoredAnswer(int Status, string ContentType, byte[] Body, bool BodyMatches);

    /// <summary>The stored answer for a caller's key, or null when there is none (or it expired).</summary>
    public async Task<StoredAnswer?> FindAsync(string caller, string key, byte[] requestBody, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(Name(caller, key));
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            var meta = content.Value.Details.Metadata;
            if (content.Value.Details.LastModified + Retention < time.GetUtcNow())
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

    /// <summary>Stores an answer (the first one stored wins).</summary>
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
