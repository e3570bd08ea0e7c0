namespace BorderScreening.Application.Watchlists;

/// <summary>A list to create.</summary>
public sealed record WatchlistListRequest
{
    /// <summary>Id: 3–40 lower-case letters, digits and dashes.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>EntitiesOfInterest or MissingChildren.</summary>
    public string? Purpose { get; init; }

    /// <summary>LabourExploitation or SexualExploitation (entities of interest); ChildTrafficking for missing children.</summary>
    public string? Typology { get; init; }

    /// <summary>Owner jurisdiction code.</summary>
    public string? Owner { get; init; }

    /// <summary>Name-match threshold in [0.5, 1]; the default when empty.</summary>
    public double? Threshold { get; init; }

    /// <summary>Whether a name match may make a case on its own.</summary>
    public bool? FuzzyCreatesCase { get; init; }
}
