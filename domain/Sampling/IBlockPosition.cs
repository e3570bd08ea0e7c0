namespace BorderScreening.Domain.Sampling;

/// <summary>Where in a block of the random review sample the drawn record sits.</summary>
public interface IBlockPosition
{
    /// <summary>A place in [0, <paramref name="length"/>), each equally likely.</summary>
    int Next(int length);
}
