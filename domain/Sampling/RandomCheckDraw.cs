using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BorderScreening.Domain.Privacy;

namespace BorderScreening.Domain.Sampling;

/// <summary>
/// The per-record draw of the random review sample: a number in [0, 1) from a keyed hash of the
/// assessment id under the jurisdiction's pseudonymisation key. Deterministic (a resent record draws
/// the same), uniform, and unpredictable without the key, so a sender cannot tell which records will
/// be checked and steer around them.
/// </summary>
public static class RandomCheckDraw
{
    // Domain separation: the same key also makes the entity pseudonyms.
    private const string Purpose = "random-check\u001f";

    /// <summary>The record's draw; it is in the sample when the draw is below the jurisdiction's share.</summary>
    public static double Uniform(PseudonymisationKey key, string assessmentId)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(assessmentId);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(Purpose + assessmentId), mac);
        // 53 bits: every value is an exact double, spaced evenly over [0, 1).
        return (BinaryPrimitives.ReadUInt64BigEndian(mac) >> 11) * (1.0 / (1UL << 53));
    }
}
