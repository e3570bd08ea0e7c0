using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// The lists in force, indexed for screening: identifiers by keyed hash, names by blocking key
/// (<see cref="PreparedName.BlockingKeys"/>). A record is compared only with the entries that share
/// a hash or a key with it — never with the whole list. Immutable and thread-safe; a new version is
/// built and swapped in whole.
/// </summary>
public sealed class WatchlistIndex
{
    private readonly Compiled[] _entries;
    private readonly Dictionary<string, int[]> _byHash;
    private readonly Dictionary<string, int[]> _persons;
    private readonly Dictionary<string, int[]> _organisations;

    private WatchlistIndex(string version, Compiled[] entries)
    {
        Version = version;
        _entries = entries;
        var byHash = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var persons = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var organisations = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            foreach (var hash in entry.Entry.IdentifierHashes)
            {
                Add(byHash, hash, i);
            }

            if (entry.Name is { IsEmpty: false } name)
            {
                foreach (var key in name.BlockingKeys())
                {
                    Add(entry.Entry.Kind == WatchlistEntryKind.Person ? persons : organisations, key, i);
                }
            }
        }

        _byHash = Freeze(byHash);
        _persons = Freeze(persons);
        _organisations = Freeze(organisations);
    }

    /// <summary>No lists.</summary>
    public static WatchlistIndex Empty { get; } = new("empty", []);

    /// <summary>The version of the stored lists this index was built from.</summary>
    public string Version { get; }

    /// <summary>Entries indexed (of lists that exist).</summary>
    public int Count => _entries.Length;

    /// <summary>Builds an index; entries of unknown lists are left out.</summary>
    public static WatchlistIndex Build(string version, IEnumerable<WatchlistRules> lists, IEnumerable<ListedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(entries);
        var rules = lists.ToDictionary(l => l.ListId, StringComparer.Ordinal);
        var compiled = new List<Compiled>();
        foreach (var entry in entries)
        {
            if (!rules.TryGetValue(entry.ListId, out var list))
            {
                continue;
            }

            var name = entry.Kind switch
            {
                WatchlistEntryKind.Person => PreparedName.Person(entry.GivenNames, entry.Name),
                WatchlistEntryKind.Organisation => PreparedName.Organisation(entry.Name),
                _ => null,
            };
            compiled.Add(new Compiled(entry, list, name));
        }

        return new WatchlistIndex(version, [.. compiled]);
    }

    /// <summary>The entries the record matches on <paramref name="day"/> in its jurisdiction.</summary>
    public WatchlistMatches Match(ScreeningRecord record, Pseudonyms pseudonyms, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        if (_entries.Length == 0)
        {
            return WatchlistMatches.None;
        }

        List<WatchlistMatch>? found = null;
        var jurisdiction = record.Jurisdiction;
        void Identifier(string? hash, string matchedOn)
        {
            if (hash is null || !_byHash.TryGetValue(hash, out var hits))
            {
                return;
            }

            foreach (var i in hits)
            {
                var c = _entries[i];
                if (c.List.Jurisdictions.Contains(jurisdiction) && c.Entry.IsValidOn(day) && !Has(found, c))
                {
                    (found ??= []).Add(new WatchlistMatch
                    {
                        List = c.List, EntryId = c.Entry.EntryId, Kind = c.Entry.Kind, MatchedOn = matchedOn, Exact = true, Score = 1,
                        Explanation = "identical keyed hash",
                    });
                }
            }
        }

        Identifier(pseudonyms.Document, "document");
        foreach (var (type, hash) in pseudonyms.Entities)
        {
            Identifier(hash, type.ToString());
        }

        foreach (var (type, hashes) in pseudonyms.PreviousEntities)
        {
            foreach (var hash in hashes)
            {
                Identifier(hash, type.ToString());
            }
        }

        var (name, birth) = record switch
        {
            TravellerRecord t => (t.Name, t.BirthDate),
            WorkPermitRecord w => (w.Applicant, w.BirthDate),
            _ => (null, null),
        };
        if (name is not null && _persons.Count > 0)
        {
            var prepared = PreparedName.Person(name.GivenNames, name.Surname);
            var date = birth is { } b ? PartialDate.Of(b) : (PartialDate?)null;
            Names(_persons, prepared, "name", c => NameSimilarity.Person(prepared, date, c.Name!, c.Entry.BirthDate));
        }

        if (_organisations.Count > 0)
        {
            foreach (var (party, role) in Parties(record))
            {
                if (!string.IsNullOrWhiteSpace(party?.Name))
                {
                    var prepared = PreparedName.Organisation(party.Name);
                    Names(_organisations, prepared, role + " name", c => NameSimilarity.Organisation(prepared, c.Name!));
                }
            }
        }

        return found is null ? WatchlistMatches.None : new WatchlistMatches(found);

        void Names(Dictionary<string, int[]> index, PreparedName prepared, string matchedOn, Func<Compiled, NameMatch> score)
        {
            if (prepared.IsEmpty)
            {
                return;
            }

            List<int>? seen = null;
            foreach (var key in prepared.BlockingKeys(forQuery: true))
            {
                if (!index.TryGetValue(key, out var hits))
                {
                    continue;
                }

                foreach (var i in hits)
                {
                    if ((seen ??= []).Contains(i))
                    {
                        continue;
                    }

                    seen.Add(i);
                    var c = _entries[i];
                    if (!c.List.Jurisdictions.Contains(jurisdiction) || !c.Entry.IsValidOn(day) || Has(found, c))
                    {
                        continue;
                    }

                    var match = score(c);
                    if (match.Score >= c.List.Threshold)
                    {
                        (found ??= []).Add(new WatchlistMatch
                        {
                            List = c.List, EntryId = c.Entry.EntryId, Kind = c.Entry.Kind, MatchedOn = matchedOn, Exact = false,
                            Score = Math.Round(match.Score, 3), Explanation = match.Explain(),
                        });
                    }
                }
            }
        }
    }

    private static IEnumerable<(Party? Party, string Role)> Parties(ScreeningRecord record) => record switch
    {
        TravellerRecord t => [(t.Sponsor, "Sponsor")],
        WorkPermitRecord w => [(w.Employer, "Employer"), (w.RecruitmentAgency, "RecruitmentAgency")],
        _ => [],
    };

    private static bool Has(List<WatchlistMatch>? found, Compiled c) =>
        found is not null && found.Exists(m => m.EntryId == c.Entry.EntryId && m.List.ListId == c.List.ListId);

    private static void Add(Dictionary<string, List<int>> index, string key, int entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<int>(1);
        }

        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index)
    {
        var frozen = new Dictionary<string, int[]>(index.Count, StringComparer.Ordinal);
        foreach (var (key, list) in index)
        {
            frozen[key] = [.. list];
        }

        return frozen;
    }

    private sealed record Compiled(ListedEntry Entry, WatchlistRules List, PreparedName? Name);
}
