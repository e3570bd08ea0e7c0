namespace BorderScreening.Domain.Privacy;

/// <summary>
/// Supplies the current key (Key Vault in Azure, a generated key file locally) and, during a
/// rotation window, the previous ones so links made under an older key can still be found.
/// </summary>
public interface IPseudonymisationKeyProvider
{
    /// <summary>The key new hashes are made with.</summary>
    PseudonymisationKey Current { get; }

    /// <summary>Older keys still inside their rotation window (newest first).</summary>
    IReadOnlyList<PseudonymisationKey> Previous { get; }
}
