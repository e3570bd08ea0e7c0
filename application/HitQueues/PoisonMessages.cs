using System.Security.Cryptography;
using System.Text;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.HitQueues;

/// <summary>How an unreadable queue message is recorded: by a hash of its body, never the body itself.</summary>
public static class PoisonMessages
{
    /// <summary>The key an unreadable message is recorded under, the same however often it is seen.</summary>
    public static string Hash(string rawBody) =>
        Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(rawBody)).AsSpan(0, 15));
}
