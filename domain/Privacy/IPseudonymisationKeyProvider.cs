using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Privacy;

/// <summary>
/// Supplies each jurisdiction's keys (Key Vault in Azure, generated key files locally): the current
/// key and, during that jurisdiction's rotation window, the previous ones so links made under an
/// older key can still be found. Every jurisdiction is its own data controller, so each has its own
/// keys and its own rotation: holding one country's key reproduces none of another's pseudonyms.
/// </summary>
public interface IPseudonymisationKeyProvider
{
    /// <summary>The key the jurisdiction's new hashes are made with.</summary>
    PseudonymisationKey Current(Jurisdiction jurisdiction);

    /// <summary>The jurisdiction's older keys still inside its rotation window (newest first).</summary>
    IReadOnlyList<PseudonymisationKey> Previous(Jurisdiction jurisdiction);
}
