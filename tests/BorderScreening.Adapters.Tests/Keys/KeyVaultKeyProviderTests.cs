using Azure;
using Azure.Security.KeyVault.Secrets;
using BorderScreening.Adapters.Keys;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tests.Keys;

public sealed class KeyVaultKeyProviderTests
{
    // Key Vault cannot run here; the client is replaced at its documented mocking seam (virtual GetSecret).
    private sealed class InMemorySecrets(IReadOnlyDictionary<string, byte[]> secrets) : SecretClient
    {
        public List<string> Asked { get; } = [];

        public override Response<KeyVaultSecret> GetSecret(string name, string? version = null, CancellationToken cancellationToken = default) =>
            GetSecret(name, version, null, cancellationToken);

        public override Response<KeyVaultSecret> GetSecret(string name, string? version, SecretContentType? outContentType, CancellationToken cancellationToken = default)
        {
            Asked.Add(name);
            return secrets.TryGetValue(name, out var value)
                ? Response.FromValue(SecretModelFactory.KeyVaultSecret(new SecretProperties(name), Convert.ToBase64String(value)), null!)
                : throw new RequestFailedException(404, $"Secret {name} not found.");
        }
    }

    private static Dictionary<string, byte[]> OneSecretPerJurisdiction(string id) =>
        JurisdictionCodes.All.ToDictionary(j => PrivacyOptions.SecretName(j, id), j => Enumerable.Repeat((byte)(10 + (int)j), 32).ToArray());

    [Fact]
    public void Create_PerJurisdictionSecrets_ReadsOneSecretPerJurisdiction()
    {
        var secrets = new InMemorySecrets(OneSecretPerJurisdiction("v1"));

        var keys = new KeyVaultKeyProvider(secrets, Microsoft.Extensions.Options.Options.Create(new PrivacyOptions()));

        Assert.Equal(
            ["pseudonymisation-key-aw-v1", "pseudonymisation-key-bq-bo-v1", "pseudonymisation-key-bq-sa-v1", "pseudonymisation-key-bq-se-v1", "pseudonymisation-key-cw-v1", "pseudonymisation-key-sx-v1"],
            secrets.Asked.Order(StringComparer.Ordinal));
        Assert.Equal("cw-v1", keys.Current(Jurisdiction.CW).Id);
    }

    [Fact]
    public void Create_UpgradeWithTheSharedSecretListed_ReadsItOnceAsEveryonesPreviousKey()
    {
        var stored = OneSecretPerJurisdiction("v1");
        stored["pseudonymisation-key-v1"] = Enumerable.Repeat((byte)99, 32).ToArray();
        var secrets = new InMemorySecrets(stored);
        var options = new PrivacyOptions { SharedPreviousKeyIds = ["v1"] };

        var keys = new KeyVaultKeyProvider(secrets, Microsoft.Extensions.Options.Options.Create(options));

        Assert.Single(secrets.Asked, n => n == "pseudonymisation-key-v1");
        Assert.All(JurisdictionCodes.All, j => Assert.Equal("v1", Assert.Single(keys.Previous(j)).Id));
    }

    [Fact]
    public void Create_SecretMissing_FailsTheStart()
    {
        var stored = OneSecretPerJurisdiction("v1");
        stored.Remove("pseudonymisation-key-bq-se-v1");

        var error = Assert.Throws<RequestFailedException>(() => new KeyVaultKeyProvider(new InMemorySecrets(stored), Microsoft.Extensions.Options.Options.Create(new PrivacyOptions())));

        Assert.Equal(404, error.Status);
    }
}
