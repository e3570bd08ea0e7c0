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
    private readonly Postings _persons;
    private readonly Postings _personsAnyYear;
    private readonly Postings _organisations;

    private WatchlistIndex(string version, Compiled[] entries)
    {
        Version = version;
        _entries = entries;
        var byHash = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var persons = new PostingsBuilder();
        var personsAnyYear = new PostingsBuilder();
        var organisations = new PostingsBuilder();
        var keys = new HashSet<ulong>();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            foreach (var hash in entry.Entry.IdentifierHashes)
            {
                if (!byHash.TryGetValue(hash, out var list))
                {
                    byHash[hash] = list = new List<int>(1);
                }

                list.Add(i);
            }

            if (entry.Name is { IsEmpty: false } name)
            {
                keys.Clear();
                name.BlockingKeys(keys);
                if (entry.Entry.Kind == WatchlistEntryKind.Person)
                {
                    // Persons are blocked by name key and birth year: the year splits the long
                    // postings of common names ("MARIA GARCIA") into short ones.
                    var year = entry.Entry.BirthDate?.Year ?? 0;
                    persons.Add(keys.Select(k => WithYear(k, year)), i);
                    personsAnyYear.Add(keys, i);
                }
                else
                {
                    organisations.Add(keys, i);
                }
            }
        }

        _byHash = byHash.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _persons = persons.Build();
        _personsAnyYear = personsAnyYear.Build();
        _organisations = organisations.Build();
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
        if (name is not null && !_persons.IsEmpty)
        {
            var prepared = PreparedName.Person(name.GivenNames, name.Surname);
            var date = birth is { } b ? PartialDate.Of(b) : (PartialDate?)null;
            Names(date is null ? _personsAnyYear : _persons, prepared, date?.Year, "name", c => NameSimilarity.BestPossible(date, c.Entry.BirthDate) >= c.List.Threshold, c => NameSimilarity.Person(prepared, date, c.Name!, c.Entry.BirthDate));
        }

        if (!_organisations.IsEmpty)
        {
            foreach (var (party, role) in Parties(record))
            {
                if (!string.IsNullOrWhiteSpace(party?.Name))
                {
                    var prepared = PreparedName.Organisation(party.Name);
                    Names(_organisations, prepared, null, role + " name", _ => true, c => NameSimilarity.Organisation(prepared, c.Name!));
                }
            }
        }

        return found is null ? WatchlistMatches.None : new WatchlistMatches(found);

        void Names(Postings index, PreparedName prepared, int? year, string matchedOn, Func<Compiled, bool> possible, Func<Compiled, NameMatch> score)
        {
            if (prepared.IsEmpty)
            {
                return;
            }

            HashSet<int>? seen = null;
            var keys = new HashSet<ulong>();
            prepared.BlockingKeys(keys, forQuery: true);
            if (year is { } y)
            {
                // The same year, a year off (a slip), or no year on the list.
                var byYear = new HashSet<ulong>(keys.Count * 4);
                foreach (var k in keys)
                {
                    byYear.Add(WithYear(k, y));
                    byYear.Add(WithYear(k, y - 1));
                    byYear.Add(WithYear(k, y + 1));
                    byYear.Add(WithYear(k, 0));
                }

                keys = byYear;
            }

            foreach (var key in keys)
            {
                foreach (var i in index.Find(key))
                {
                    if (!(seen ??= []).Add(i))
                    {
                        continue;
                    }

                    var c = _entries[i];
                    if (!c.List.Jurisdictions.Contains(jurisdiction) || !c.Entry.IsValidOn(day) || !possible(c) || Has(found, c))
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

    private static ulong WithYear(ulong key, int year) => key ^ ((ulong)(uint)year * 0xC2B2AE3D27D4EB4FUL);

    private static bool Has(List<WatchlistMatch>? found, Compiled c) =>
        found is not null && found.Exists(m => m.EntryId == c.Entry.EntryId && m.List.ListId == c.List.ListId);

    private sealed record Compiled(ListedEntry Entry, WatchlistRules List, PreparedName? Name);
}
