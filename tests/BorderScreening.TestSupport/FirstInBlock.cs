using BorderScreening.Domain.Sampling;

namespace BorderScreening.TestSupport;

/// <summary>
/// Places each random-check block's draw on its first record, so a test knows which record is drawn:
/// the first non-hit a jurisdiction screens, then one every 1 / share. Records the lengths asked for.
/// </summary>
public sealed class FirstInBlock : IBlockPosition
{
    private readonly List<int> _lengths = [];

    /// <summary>The block lengths asked for, in order.</summary>
    public IReadOnlyList<int> Lengths
    {
        get
        {
            lock (_lengths)
            {
                return [.. _lengths];
            }
        }
    }

    /// <inheritdoc />
    public int Next(int length)
    {
        lock (_lengths)
        {
            _lengths.Add(length);
        }

        return 0;
    }
}
