using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Watchlists;

/// <summary>What a list entry identifies.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<WatchlistEntryKind>))]
public enum WatchlistEntryKind
{
    /// <summary>A person: names, and a birth date or year where known (matched fuzzily).</summary>
    Person,
    /// <summary>An organisation (employer, agency, sponsor): its name (matched fuzzily).</summary>
    Organisation,
    /// <summary>A phone number in E.164 (matched exactly through the keyed hash).</summary>
    Phone,
    /// <summary>An e-mail address (exact, keyed hash).</summary>
    Email,
    /// <summary>An address (exact after normalisation, keyed hash).</summary>
    Address,
    /// <summary>A travel document: type, issuing state and number (exact, keyed hash).</summary>
    Document,
    /// <summary>A registration number of a company or sponsor (exact, keyed hash).</summary>
    Registration,
}
