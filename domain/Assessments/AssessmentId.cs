using System.Security.Cryptography;
using System.Text;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Assessments;

/// <summary>
/// Assessment ids are derived from the record's source identity and the authenticated sender, so a
/// retried record maps to the same id and storage refuses a second copy, while no sender can take
/// another's identity first. A corrected record (same identity, other content) gets a version id
/// next to the first one. The id starts with the jurisdiction, which also locates its storage
/// partition; versions share the first id's partition so a record's versions are written together.
/// </summary>
public static class AssessmentId
{
    /// <summary>Shards per jurisdiction: spreads write load over partitions.</summary>
    public const int Shards = 8;

    /// <summary>The id for a record from a trusted internal sender (demo data, benchmarks, tests).</summary>
    public static string For(ScreeningRecord record) => For(record, null);

    /// <summary>
    /// The id for a record sent by <paramref name="sender"/> (the authenticated feed principal, or the
    /// drop folder); null for trusted internal senders, whose ids depend on the record alone.
    /// </summary>
    public static string For(ScreeningRecord record, string? sender)
    {
        ArgumentNullException.ThrowIfNull(record);
        // The unit separator cannot occur in a token subject, so two senders never share an identity.
        var identity = sender is null ? record.SourceIdentity() : $"{sender}\u001f{record.SourceIdentity()}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return $"{record.Jurisdiction.ToCode().ToLowerInvariant()}-{Base32.Encode(hash.AsSpan(0, 15))}";
    }

    /// <summary>
    /// The id of a later version of the record first stored as <paramref name="firstId"/>, for content
    /// with hash <paramref name="contentHash"/>: the same content always maps to the same version id,
    /// so a repeated correction is recognised as a duplicate. Same jurisdiction and shard as the first id.
    /// </summary>
    public static string ForVersion(string firstId, string contentHash)
    {
        if (!TryParse(firstId, out _, out _))
        {
            throw new ArgumentException("Malformed assessment id.", nameof(firstId));
        }

        var dash = firstId.LastIndexOf('-');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{firstId}\u001f{contentHash}"));
        // The first character of the body decides the shard: keep it, so every version shares a partition.
        return $"{firstId[..(dash + 2)]}{Base32.Encode(hash.AsSpan(0, 15))[..23]}";
    }

    /// <summary>Reads the jurisdiction and shard from an id; false for anything malformed.</summary>
    public static bool TryParse(string? id, out Jurisdiction jurisdiction, out int shard)
    {
        jurisdiction = default;
        shard = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 64)
        {
            return false;
        }

        var dash = id.LastIndexOf('-');
        if (dash <= 0 || dash == id.Length - 1 || !JurisdictionCodes.TryParse(id[..dash], out jurisdiction))
        {
            return false;
        }

        var body = id[(dash + 1)..];
        if (body.Length != 24 || !body.All(c => c is (>= 'a' and <= 'z') or (>= '2' and <= '7')))
        {
            return false;
        }

        shard = (body[0] - (body[0] >= 'a' ? 'a' : '2' - 26)) % Shards;
        return true;
    }

    /// <summary>The table partition that holds the assessment, its case and its outbox entry.</summary>
    public static string PartitionKey(Jurisdiction jurisdiction, int shard) => $"{jurisdiction.ToCode()}|{shard}";
}
