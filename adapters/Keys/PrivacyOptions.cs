namespace BorderScreening.Adapters.Keys;

/// <summary>Where the pseudonymisation key comes from.</summary>
public sealed class PrivacyOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Privacy";

    /// <summary>
    /// Local key file (generated on first start, kept outside the repository). Used when no Key Vault
    /// is configured.
    /// </summary>
    public string KeyFile { get; set; } = ".data/pseudonymisation.key";

    /// <summary>Key Vault URI holding the key as secrets named <c>pseudonymisation-key-{id}</c>.</summary>
    public Uri? KeyVaultUri { get; set; }

    /// <summary>Id of the current key.</summary>
    public string CurrentKeyId { get; set; } = "v1";

    /// <summary>Ids of older keys still in their rotation window.</summary>
    public IList<string> PreviousKeyIds { get; set; } = [];
}
