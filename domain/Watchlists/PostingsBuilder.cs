namespace BorderScreening.Domain.Watchlists;

/// <summary>Collects (key, entry) pairs and sorts them once into <see cref="Postings"/>.</summary>
internal sealed class PostingsBuilder
{
    private readonly List<ulong> _keys = [];
    private readonly List<int> _entries = [];

    /// <summary>Adds the keys of one entry.</summary>
    public void Add(IEnumerable<ulong> keys, int entry)
    {
        foreach (var key in keys)
        {
            _keys.Add(key);
            _entries.Add(entry);
        }
    }

    /// <summary>The sorted postings.</summary>
    public Postings Build()
    {
        var keys = _keys.ToArray();
        var entries = _entries.ToArray();
        Array.Sort(keys, entries);
        var ranges = new Dictionary<ulong, (int, int)>();
        var start = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || keys[i] != keys[start])
            {
                ranges[keys[start]] = (start, i - start);
                start = i;
            }
        }

        return new Postings(ranges, entries);
    }
}
