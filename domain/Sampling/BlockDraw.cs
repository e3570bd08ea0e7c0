namespace BorderScreening.Domain.Sampling;

/// <summary>
/// The random review sample of one jurisdiction as a stratified draw: the non-hit records, in the
/// order they are screened, are cut into consecutive blocks whose lengths average 1 / share (block k
/// covers positions ⌊k / share⌋ up to ⌊(k + 1) / share⌋), and one record at a random place in each block
/// is drawn. Every record's chance is 1 / its block's length — the share on average, and exact for each
/// record, so weighting by its inverse stays unbiased — while the number drawn over n records is
/// n × share within one, where independent draws would spread like a binomial (±14% at 0.5% over
/// 10,000 records). Safe under concurrent callers.
/// </summary>
public sealed class BlockDraw
{
    // Guards ⌊k / share⌋ against a quotient like 59.99999999999999 for 3 / 0.05.
    private const double Epsilon = 1e-9;

    private readonly IBlockPosition _positions;
    private readonly Lock _lock = new();
    private long _next;
    private long _block = -1;
    private long _end;
    private long _pick;
    private int _length;

    /// <summary>A draw of <paramref name="share"/> (in (0, 1]), placing each block's record with <paramref name="positions"/>.</summary>
    public BlockDraw(double share, IBlockPosition positions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        ArgumentNullException.ThrowIfNull(positions);
        Share = share;
        _positions = positions;
    }

    /// <summary>The share drawn.</summary>
    public double Share { get; }

    /// <summary>The next record's draw: its inclusion probability when it is drawn, otherwise null.</summary>
    public double? Next()
    {
        lock (_lock)
        {
            if (_next >= _end)
            {
                _block++;
                var start = Start(_block);
                _end = Start(_block + 1);
                _length = (int)(_end - start);
                _pick = start + _positions.Next(_length);
            }

            var drawn = _next == _pick;
            _next++;
            return drawn ? 1.0 / _length : null;
        }
    }

    private long Start(long block) => (long)Math.Floor((block / Share) + Epsilon);
}
