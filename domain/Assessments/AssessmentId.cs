using System.Security.Cryptography;
using System.Text;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Assessments;

/// <summary>
/// Assessment ids are derived from the record's source identity, so a retried record maps to the same
/// id and storage refuses a second copy. The id starts with the jurisdiction, which also locates its
/// storage partition.
/// </summary>
public static class AssessmentId
{
    /// <summary>Shards per jurisdiction: spreads write load over partitions.</summary>
    public const int Shards = 8;

    /// <summary>The id for a record.</summary>
    public static string For(ScreeningRecord record)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(record.SourceIdentity()));
        return $"{record.Jurisdiction.ToCode().ToLowerInvariant()}-{Base32.Encode(hash.AsSpan(0, 15))}";
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
