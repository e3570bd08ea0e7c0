using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Keys;

/// <summary>
/// Builds the key ring from the options with a reader for each kind of key, so Key Vault and the local
/// files load the same keys in the same order: per jurisdiction the current key, then its previous
/// keys, then the shared key of earlier versions while it is listed.
/// </summary>
internal static class KeyRingLoader
{
    /// <summary>Loads every jurisdiction's keys.</summary>
    /// <param name="options">Key ids per jurisdiction.</param>
    /// <param name="current">Reads (or, locally, creates) a jurisdiction's current key material.</param>
    /// <param name="previous">Reads a jurisdiction's previous key material, which must exist.</param>
    /// <param name="shared">Reads the material of a shared key of earlier versions.</param>
    public static PseudonymisationKeyRing Load(
        PrivacyOptions options,
        Func<Jurisdiction, string, byte[]> current,
        Func<Jurisdiction, string, byte[]> previous,
        Func<string, byte[]> shared)
    {
        if (!options.IsValid)
        {
            throw new InvalidOperationException("Privacy: key ids must be 1-32 lower-case letters or digits, listed once, the current key not among the previous ones, and every Jurisdictions entry a jurisdiction code.");
        }

        // The shared key is read once and handed to every jurisdiction as the same previous key.
        var sharedKeys = options.SharedPreviousKeyIds.Select(id => new PseudonymisationKey(id, shared(id))).ToList();
        var keys = new Dictionary<Jurisdiction, JurisdictionKeys>();
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var own = options.For(jurisdiction);
            keys[jurisdiction] = new JurisdictionKeys(
                new PseudonymisationKey(PrivacyOptions.StoredKeyId(jurisdiction, own.CurrentKeyId), current(jurisdiction, own.CurrentKeyId)),
                [
                    .. own.PreviousKeyIds.Select(id => new PseudonymisationKey(PrivacyOptions.StoredKeyId(jurisdiction, id), previous(jurisdiction, id))),
                    .. sharedKeys,
                ]);
        }

        return new PseudonymisationKeyRing(keys);
    }
}
