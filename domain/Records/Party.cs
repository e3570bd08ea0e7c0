using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Records;

/// <summary>A sponsor, inviter, employer or recruitment agency named in a record.</summary>
public sealed record Party
{
    /// <summary>Registration number or other stable identifier; the name is used when absent.</summary>
    public string? Id { get; init; }

    /// <summary>Name of the party.</summary>
    public string? Name { get; init; }

    /// <summary>What kind of party it is.</summary>
    public PartyKind? PartyKind { get; init; }

    /// <summary>Date the party was entered in the trade or company register (a company set up weeks before it recruits is a known pattern).</summary>
    public DateOnly? RegisteredOn { get; init; }

    /// <summary>The value used to link records that name the same party.</summary>
    public string? LinkKey() =>
        !string.IsNullOrWhiteSpace(Id) ? Id.Trim().ToUpperInvariant()
        : !string.IsNullOrWhiteSpace(Name) ? Name.Trim().ToUpperInvariant()
        : null;
}

/// <summary>The kind of a named party.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<PartyKind>))]
public enum PartyKind
{
    /// <summary>A private person.</summary>
    Person,
    /// <summary>A company.</summary>
    Company,
    /// <summary>A registered hotel or guest house.</summary>
    Hotel,
    /// <summary>A government body or international organisation.</summary>
    Public,
}
