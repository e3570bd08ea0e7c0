using System.Security.Cryptography;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening;

/// <summary>
/// A fingerprint of what a record says, to tell a repeat (same identity, same content: a retry) from
/// a correction (same identity, other content: screened again as a new version). Taken over the
/// record as read, in the canonical JSON form, so the same facts sent as PAXLST or JSON match.
/// </summary>
public static class RecordContent
{
    /// <summary>Lower-case hex SHA-256 of the record's canonical JSON.</summary>
    public static string Hash(ScreeningRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, ScreeningJson.Options)));

    /// <summary>The same kind of hash of a text (a version key built from a content hash and what else tells versions apart).</summary>
    public static string HashText(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
