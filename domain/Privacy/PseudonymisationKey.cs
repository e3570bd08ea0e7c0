using System.Security.Cryptography;

namespace BorderScreening.Domain.Privacy;

/// <summary>An HMAC key with the id that is stored next to every hash it made, so keys can rotate.</summary>
public sealed class PseudonymisationKey(string id, byte[] secret)
{
    /// <summary>Key id, e.g. "cw-v1" (a jurisdiction's key) or "v1" (the one shared key of earlier versions).</summary>
    public string Id { get; } = id;

    /// <summary>Key material (at least 32 bytes).</summary>
    internal byte[] Secret { get; } = secret.Length >= 32 ? secret : throw new ArgumentException("The pseudonymisation key must be at least 32 bytes.", nameof(secret));

    /// <summary>Whether both keys hold the same material (whatever their ids).</summary>
    public bool SameMaterialAs(PseudonymisationKey other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return CryptographicOperations.FixedTimeEquals(Secret, other.Secret);
    }
}
