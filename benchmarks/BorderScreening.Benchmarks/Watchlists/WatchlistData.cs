using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Benchmarks.Watchlists;

/// <summary>
/// A list of persons and a stream of travellers for the watchlist benchmarks. Names follow a Zipf-like
/// law (weight 1/√rank), as real ones do: 40% from a pool of common Caribbean, Latin American, Dutch, Haitian, Asian and
/// Arabic names (the most common far more often than the rest), 60% a long tail of generated names.
/// 90% of entries have a full birth date, 5% only the year, 5% none.
/// About one traveller in a hundred is a listed person written another way.
/// </summary>
public sealed class WatchlistData
{
    private static readonly string[] Given =
    [
        "Maria", "Jose", "Juan Carlos", "Luis", "Carolina", "Daniela", "Andres", "Valentina", "Jesus", "Ana", "Shurendy", "Jurensley", "Giandro", "Sharleen",
        "Jeanelly", "Rignald", "Quincy", "Tyrone", "Shanice", "Dwayne", "Keisha", "Jan", "Pieter", "Sanne", "Anouk", "Wilner", "Fritznel", "Guerline", "Marie",
        "Jean", "Michael", "David", "Natasha", "Devon", "Wei", "Li Na", "Xiaoming", "Mei", "Rahul", "Priya", "Anil", "Sunita", "Mohammed", "Ahmed", "Fatima",
        "Yusuf", "Olga", "Ivan", "Sergei", "Yulia",
    ];

    private static readonly string[] Surnames =
    [
        "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz",
        "Reyes", "Morales", "Martina", "Isenia", "Maduro", "Croes", "Tromp", "Werleman", "Geerman", "Richardson", "Gumbs", "Wathey", "Arrindell", "Hodge",
        "de Vries", "van der Berg", "Bakker", "Jansen", "Joseph", "Pierre", "Charles", "Louis", "Desir", "Williams", "Brown", "Smith", "Persaud", "Singh",
        "Wang", "Li", "Zhang", "Chen", "Sharma", "Patel", "Khan", "Ali", "Hassan", "Petrov", "Ivanova",
    ];

    private static readonly string[] Syllables =
    [
        "ba", "be", "bo", "da", "de", "di", "fa", "ga", "go", "ja", "ka", "ke", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no",
        "pa", "pe", "ra", "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "va", "vi", "wa", "ya", "yo", "za", "zu", "ch", "sh", "dr",
    ];

    private readonly Random _random;

    /// <summary>Generates <paramref name="entries"/> listed persons and <paramref name="travellers"/> travellers.</summary>
    public WatchlistData(int entries, int travellers, int seed = 19)
    {
        _random = new Random(seed);
        Entries = Enumerable.Range(0, entries).Select(i => new ListedEntry
        {
            ListId = "bench", EntryId = "e" + i, Kind = WatchlistEntryKind.Person, GivenNames = Name(Given), Name = Name(Surnames),
            BirthDate = BirthDate(),
        }).ToList();
        Travellers = Enumerable.Range(0, travellers).Select(_ => Traveller()).ToList();
    }

    /// <summary>The list (every jurisdiction, default threshold).</summary>
    public static WatchlistRules List { get; } = new("bench", "Benchmark list", WatchlistPurpose.EntitiesOfInterest, "LabourExploitation",
        new HashSet<Jurisdiction>(JurisdictionCodes.All), NameSimilarity.DefaultThreshold, false);

    /// <summary>The listed persons.</summary>
    public IReadOnlyList<ListedEntry> Entries { get; }

    /// <summary>The travellers to screen.</summary>
    public IReadOnlyList<TravellerRecord> Travellers { get; }

    private PartialDate? BirthDate()
    {
        var roll = _random.NextDouble();
        var year = 1950 + _random.Next(60);
        return roll < 0.9 ? new PartialDate(year, 1 + _random.Next(12), 1 + _random.Next(28)) : roll < 0.95 ? new PartialDate(year, null, null) : null;
    }

    private TravellerRecord Traveller()
    {
        if (_random.NextDouble() < 0.01)
        {
            var listed = Entries[_random.Next(Entries.Count)];
            return new TravellerRecord
            {
                Jurisdiction = Jurisdiction.CW, Name = new PersonName { GivenNames = listed.Name, Surname = listed.GivenNames ?? "" },
                BirthDate = listed.BirthDate is { IsFull: true } b ? new DateOnly(b.Year, b.Month!.Value, b.Day!.Value) : null,
            };
        }

        return new TravellerRecord
        {
            Jurisdiction = Jurisdiction.CW, Name = new PersonName { GivenNames = Name(Given), Surname = Name(Surnames) },
            BirthDate = new DateOnly(1950 + _random.Next(60), 1 + _random.Next(12), 1 + _random.Next(28)),
        };
    }

    // Zipf-like: the k-th common name with weight 1/√k; 60% from the generated long tail.
    private string Name(string[] common)
    {
        if (_random.NextDouble() < 0.6)
        {
            var parts = 2 + _random.Next(2);
            var text = string.Concat(Enumerable.Range(0, parts).Select(_ => Syllables[_random.Next(Syllables.Length)]));
            return char.ToUpperInvariant(text[0]) + text[1..];
        }

        var total = 0.0;
        for (var k = 1; k <= common.Length; k++)
        {
            total += Weight(k);
        }

        var pick = _random.NextDouble() * total;
        for (var k = 1; k <= common.Length; k++)
        {
            pick -= Weight(k);
            if (pick <= 0)
            {
                return common[k - 1];
            }
        }

        return common[^1];
    }

    private static double Weight(int rank) => 1 / Math.Sqrt(rank);
}
