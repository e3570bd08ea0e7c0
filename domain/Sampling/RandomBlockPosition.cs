using System.Security.Cryptography;

namespace BorderScreening.Domain.Sampling;

/// <summary>
/// Places from the operating system's cryptographic generator: a sender who learns where one block's
/// check fell learns nothing about the next, so records cannot be timed to slip past the sample.
/// </summary>
public sealed class RandomBlockPosition : IBlockPosition
{
    /// <inheritdoc />
    public int Next(int length) => RandomNumberGenerator.GetInt32(length);
}
