using System.Text.RegularExpressions;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Keys;

/// <summary>
/// Where the pseudonymisation keys come from: one key per jurisdiction (each country is its own data
/// controller), each rotating on its own. Key ids name a key within its jurisdiction ("v1", "v2"); the
/// stored id is "{jurisdiction}-{id}" ("cw-v1"), so a pseudonym always tells which country's key made it.
/// </summary>
public sealed partial class PrivacyOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Privacy";

    /// <summary>
    /// Local key folder (used when no Key Vault is configured): one file "{jurisdiction}-{id}.key" per
    /// key, e.g. "cw-v1.key", the current ones generated on first start, kept outside the repository.
    /// </summary>
    public string KeyFolder { get; set; } = ".data/pseudonymisation-keys";

    /// <summary>
    /// Key Vault URI holding the keys as secrets <c>pseudonymisation-key-{jurisdiction}-{id}</c>
    /// (lower case, e.g. <c>pseudonymisation-key-bq-bo-v1</c>).
    /// </summary>
    public Uri? KeyVaultUri { get; set; }

    /// <summary>
    /// Each jurisdiction's current key and rotation window, by code ("CW"; write "BQ_BO" where a
    /// dash cannot appear in a setting name). A jurisdiction without an entry uses key "v1" and no
    /// previous keys.
    /// </summary>
    public IDictionary<string, JurisdictionKeyOptions> Jurisdictions { get; set; } = new Dictionary<string, JurisdictionKeyOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Upgrade only: ids of the one key all jurisdictions shared before keys were per jurisdiction
    /// (secret <c>pseudonymisation-key-{id}</c>, locally <see cref="SharedKeyFile"/>). Listed, it is a
    /// previous key of every jurisdiction, so sightings hashed with it still count for the 90-day window
    /// after the upgrade; then remove it. It never makes new hashes.
    /// </summary>
    public IList<string> SharedPreviousKeyIds { get; set; } = [];

    /// <summary>Local file of the shared key of earlier versions (read only when <see cref="SharedPreviousKeyIds"/> names it).</summary>
    public string SharedKeyFile { get; set; } = ".data/pseudonymisation.key";

    /// <summary>Whether every entry names a jurisdiction and every key id is well formed and listed once.</summary>
    public bool IsValid =>
        Jurisdictions.All(e => JurisdictionCodes.TryParse(e.Key, out _) && e.Value.IsValid)
        && Jurisdictions.Keys.Select(k => JurisdictionCodes.TryParse(k, out var j) ? j : default).Distinct().Count() == Jurisdictions.Count
        && SharedPreviousKeyIds.All(IsKeyId)
        && SharedPreviousKeyIds.Distinct(StringComparer.Ordinal).Count() == SharedPreviousKeyIds.Count;

    /// <summary>The jurisdiction's key settings (defaults when it has no entry).</summary>
    public JurisdictionKeyOptions For(Jurisdiction jurisdiction)
    {
        foreach (var (code, keys) in Jurisdictions)
        {
            if (JurisdictionCodes.TryParse(code, out var j) && j == jurisdiction)
            {
                return keys;
            }
        }

        return new JurisdictionKeyOptions();
    }

    /// <summary>The stored id of a jurisdiction's key ("cw-v1"): the prefix of every hash it makes.</summary>
    public static string StoredKeyId(Jurisdiction jurisdiction, string keyId) => $"{Slug(jurisdiction)}-{keyId}";

    /// <summary>Key Vault secret of a jurisdiction's key.</summary>
    public static string SecretName(Jurisdiction jurisdiction, string keyId) => $"pseudonymisation-key-{StoredKeyId(jurisdiction, keyId)}";

    /// <summary>Key Vault secret of the shared key of earlier versions.</summary>
    public static string SharedSecretName(string keyId) => $"pseudonymisation-key-{keyId}";

    /// <summary>Local file of a jurisdiction's key.</summary>
    public string KeyFilePath(Jurisdiction jurisdiction, string keyId) => Path.Combine(KeyFolder, StoredKeyId(jurisdiction, keyId) + ".key");

    /// <summary>Whether a key id is usable in a secret and a file name: 1–32 lower-case letters and digits.</summary>
    public static bool IsKeyId(string? id) => id is not null && KeyIdPattern().IsMatch(id);

    private static string Slug(Jurisdiction jurisdiction) => jurisdiction.ToCode().ToLowerInvariant();

    [GeneratedRegex("^[a-z0-9]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyIdPattern();
}

/// <summary>One jurisdiction's current key and its rotation window.</summary>
public sealed class JurisdictionKeyOptions
{
    /// <summary>Id of the key new hashes are made with.</summary>
    public string CurrentKeyId { get; set; } = "v1";

    /// <summary>Ids of older keys still in this jurisdiction's rotation window (newest first).</summary>
    public IList<string> PreviousKeyIds { get; set; } = [];

    /// <summary>Whether the ids are well formed, listed once, and the current key is not also a previous one.</summary>
    public bool IsValid =>
        PrivacyOptions.IsKeyId(CurrentKeyId)
        && PreviousKeyIds.All(PrivacyOptions.IsKeyId)
        && !PreviousKeyIds.Contains(CurrentKeyId, StringComparer.Ordinal)
        && PreviousKeyIds.Distinct(StringComparer.Ordinal).Count() == PreviousKeyIds.Count;
}
