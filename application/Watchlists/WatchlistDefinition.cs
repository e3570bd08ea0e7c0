using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// A named list as stored. It belongs to its owner jurisdiction; it applies there and in every
/// other jurisdiction that recorded its consent (a shared list under the cooperation agreement).
/// </summary>
public sealed record WatchlistDefinition
{
    /// <summary>Id ("aw-recruiters"): lower-case letters, digits and dashes.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Missing children, or entities of interest.</summary>
    public required WatchlistPurpose Purpose { get; init; }

    /// <summary>The typology its matches count towards (ChildTrafficking for missing children).</summary>
    public required string Typology { get; init; }

    /// <summary>The jurisdiction whose managers keep it.</summary>
    public required Jurisdiction Owner { get; init; }

    /// <summary>Consents per jurisdiction (the owner's recorded when the list is made).</summary>
    public IReadOnlyList<WatchlistConsent> Consents { get; init; } = [];

    /// <summary>Name-match threshold in (0, 1].</summary>
    public double Threshold { get; init; } = NameSimilarity.DefaultThreshold;

    /// <summary>Whether a name match may make a case on its own (otherwise it only adds to the score).</summary>
    public bool FuzzyCreatesCase { get; init; }

    /// <summary>Who made it (subject id) and when.</summary>
    public string CreatedBy { get; init; } = "";

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The jurisdictions it applies to.</summary>
    public IReadOnlySet<Jurisdiction> AppliesTo => Consents.Select(c => c.Jurisdiction).ToHashSet();

    /// <summary>What the matcher needs.</summary>
    public WatchlistRules Rules() => new(Id, Name, Purpose, Typology, AppliesTo, Threshold, FuzzyCreatesCase);
}
