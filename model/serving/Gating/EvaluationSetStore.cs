using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BorderScreening.Application.Feeds.Json;

namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// Frozen evaluation sets in the registry's blob container: <c>evaluation-sets/{id}.json</c> (never
/// overwritten) and the pointer <c>evaluation-sets/current.json</c> ({ id, contentHash }), replaced
/// only on the ETag read, so two instances freezing at once agree on one set.
/// </summary>
public sealed class EvaluationSetStore(BlobContainerClient blobs)
{
    private const string Folder = "evaluation-sets/";
    private const string PointerName = Folder + "current.json";

    /// <summary>The current set, or null when none is frozen. Throws when the stored rows do not match their hash.</summary>
    public async Task<(FrozenEvaluationSet? Set, ETag? Pointer)> GetCurrentAsync(CancellationToken cancellationToken)
    {
        await blobs.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        BinaryData content;
        ETag etag;
        try
        {
            var download = await blobs.GetBlobClient(PointerName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            content = download.Value.Content;
            etag = download.Value.Details.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, null);
        }

        var pointer = content.ToObjectFromJson<Pointer>(ScreeningJson.Options) ?? throw new InvalidDataException("The evaluation-set pointer is empty.");
        return (await GetAsync(pointer.Id, cancellationToken).ConfigureAwait(false), etag);
    }

    /// <summary>A stored set by id, checked against its content hash.</summary>
    public async Task<FrozenEvaluationSet> GetAsync(string id, CancellationToken cancellationToken)
    {
        var download = await blobs.GetBlobClient(Folder + id + ".json").DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        var set = JsonSerializer.Deserialize<FrozenEvaluationSet>(download.Value.Content.ToStream(), ScreeningJson.Options)
            ?? throw new InvalidDataException($"Evaluation set {id} is empty.");
        if (FrozenEvaluationSet.HashOf(set.Rows) != set.ContentHash)
        {
            throw new InvalidDataException($"Evaluation set {id} does not match its content hash: it was changed after freezing.");
        }

        return set;
    }

    /// <summary>
    /// Stores <paramref name="set"/> and makes it current, unless the pointer changed since
    /// <paramref name="expected"/> was read; then returns the set another instance made current.
    /// </summary>
    public async Task<FrozenEvaluationSet> SaveAsCurrentAsync(FrozenEvaluationSet set, ETag? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var blob = blobs.GetBlobClient(Folder + set.Id + ".json");
        try
        {
            await blob.UploadAsync(BinaryData.FromObjectAsJson(set, ScreeningJson.Options), overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Same id means same second and same content hash: the set is stored already.
        }

        var conditions = expected is { } etag ? new BlobRequestConditions { IfMatch = etag } : new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            await blobs.GetBlobClient(PointerName).UploadAsync(
                BinaryData.FromObjectAsJson(new Pointer(set.Id, set.ContentHash), ScreeningJson.Options),
                new BlobUploadOptions { Conditions = conditions }, cancellationToken).ConfigureAwait(false);
            return set;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return (await GetCurrentAsync(cancellationToken).ConfigureAwait(false)).Set ?? set;
        }
    }

    /// <summary>Every stored set (the pointer left out), with when it was frozen (read from its id).</summary>
    public async Task<IReadOnlyList<(string Id, DateTimeOffset FrozenAt)>> ListAsync(CancellationToken cancellationToken)
    {
        await blobs.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var sets = new List<(string, DateTimeOffset)>();
        await foreach (var blob in blobs.GetBlobsAsync(new GetBlobsOptions { Prefix = Folder }, cancellationToken).ConfigureAwait(false))
        {
            var id = blob.Name[Folder.Length..^".json".Length];
            // "es-{yyyyMMddHHmmss}-{hash}"; anything else (the pointer) is not a set.
            if (id.StartsWith("es-", StringComparison.Ordinal) && id.Length > 17
                && DateTimeOffset.TryParseExact(id[3..17], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var frozenAt))
            {
                sets.Add((id, frozenAt));
            }
        }

        return sets;
    }

    /// <summary>The current set's id, from the pointer alone; null when none is frozen.</summary>
    public async Task<string?> CurrentIdAsync(CancellationToken cancellationToken)
    {
        try
        {
            var download = await blobs.GetBlobClient(PointerName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return download.Value.Content.ToObjectFromJson<Pointer>(ScreeningJson.Options)?.Id;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Deletes a stored set. The current one loses its pointer first, so the next evaluation freezes a
    /// new set instead of finding a pointer to nothing.
    /// </summary>
    public async Task DeleteAsync(string id, bool current, CancellationToken cancellationToken)
    {
        if (current)
        {
            await blobs.GetBlobClient(PointerName).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await blobs.GetBlobClient(Folder + id + ".json").DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private sealed record Pointer(string Id, string ContentHash);
}
