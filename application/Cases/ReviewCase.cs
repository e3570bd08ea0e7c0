using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Cases;

/// <summary>
/// A hit waiting for human review: its routing facts plus the record. The only place where the
/// record is kept in the clear, because the reviewer needs it; depersonalised after decision and
/// retention (DESIGN §5).
/// </summary>
public sealed record ReviewCase : HitRouting
{
    /// <summary>An empty case, for deserialisation.</summary>
    public ReviewCase()
    {
    }

    /// <summary>The case of a hit with these routing facts.</summary>
    public ReviewCase(HitRouting routing)
        : base(routing)
    {
    }

    /// <summary>When it was raised.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Keyed hashes of the entities the record names, to find linked cases.</summary>
    public IReadOnlyDictionary<NetworkEntityType, string> EntityHashes { get; init; } = new Dictionary<NetworkEntityType, string>();

    /// <summary>The record as received.</summary>
    public ScreeningRecord Record { get; init; } = null!;
}
