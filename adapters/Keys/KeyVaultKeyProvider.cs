using Azure.Security.KeyVault.Secrets;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Keys;

/// <summary>
/// Reads the pseudonymisation keys from Key Vault once at start, through the app's managed identity:
/// one secret per jurisdiction and key id, <c>pseudonymisation-key-{jurisdiction}-{id}</c> (base64,
/// e.g. <c>pseudonymisation-key-cw-v1</c>), and during an upgrade the shared key of earlier versions,
/// <c>pseudonymisation-key-{id}</c>. A missing secret fails the start: hashing under a wrong key
/// would silently split every count.
/// </summary>
public sealed class KeyVaultKeyProvider : IPseudonymisationKeyProvider
{
    private readonly PseudonymisationKeyRing _ring;

    /// <summary>Loads every jurisdiction's current and previous keys.</summary>
    public KeyVaultKeyProvider(SecretClient secrets, IOptions<PrivacyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(options);
        byte[] Load(string name) => Convert.FromBase64String(secrets.GetSecret(name).Value.Value);

        _ring = KeyRingLoader.Load(
            options.Value,
            (jurisdiction, id) => Load(PrivacyOptions.SecretName(jurisdiction, id)),
            (jurisdiction, id) => Load(PrivacyOptions.SecretName(jurisdiction, id)),
            id => Load(PrivacyOptions.SharedSecretName(id)));
    }

    /// <inheritdoc />
    public PseudonymisationKey Current(Jurisdiction jurisdiction) => _ring.Current(jurisdiction);

    /// <inheritdoc />
    public IReadOnlyList<PseudonymisationKey> Previous(Jurisdiction jurisdiction) => _ring.Previous(jurisdiction);
}
