using Azure.Security.KeyVault.Secrets;
using BorderScreening.Domain.Privacy;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Keys;

/// <summary>
/// Reads the pseudonymisation keys from Key Vault (secrets <c>pseudonymisation-key-{id}</c>, base64)
/// once at start, through the app's managed identity.
/// </summary>
public sealed class KeyVaultKeyProvider : IPseudonymisationKeyProvider
{
    /// <summary>Loads the current and previous keys.</summary>
    public KeyVaultKeyProvider(SecretClient secrets, IOptions<PrivacyOptions> options)
    {
        PseudonymisationKey Load(string id) =>
            new(id, Convert.FromBase64String(secrets.GetSecret($"pseudonymisation-key-{id}").Value.Value));

        Current = Load(options.Value.CurrentKeyId);
        Previous = options.Value.PreviousKeyIds.Select(Load).ToList();
    }

    /// <inheritdoc />
    public PseudonymisationKey Current { get; }

    /// <inheritdoc />
    public IReadOnlyList<PseudonymisationKey> Previous { get; }
}
