using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Watchlists;

/// <summary>What a list is for. Missing and at-risk children are kept apart from everything else.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<WatchlistPurpose>))]
public enum WatchlistPurpose
{
    /// <summary>Persons, organisations, phones, addresses … of interest from investigations and earlier cases.</summary>
    EntitiesOfInterest,
    /// <summary>Children reported missing or at risk: its own role, and a match always goes to review.</summary>
    MissingChildren,
}
