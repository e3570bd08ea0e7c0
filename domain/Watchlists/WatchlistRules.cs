using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// What the matcher needs of a list: where it applies (its owner, and for a shared list the
/// jurisdictions that consented), its threshold, and whether a fuzzy match may make a case alone.
/// <see cref="Typology"/> names the indicator typology the list is about (by name: the
/// indicators depend on the lists, not the other way round).
/// </summary>
public sealed record WatchlistRules(
    string ListId,
    string Name,
    WatchlistPurpose Purpose,
    string Typology,
    IReadOnlySet<Jurisdiction> Jurisdictions,
    double Threshold,
    bool FuzzyCreatesCase);
