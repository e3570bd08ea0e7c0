using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Privacy;

/// <summary>
/// Keyed hashes of a record's identifiers. They link and count records without clear values.
/// </summary>
public sealed record Pseudonyms
{
    /// <summary>Id of the key that made these hashes (for rotation).</summary>
    public string KeyId { get; init; } = "";

    /// <summary>Hash of document type, issuing state and number.</summary>
    public string? Document { get; init; }

    /// <summary>Hash of names with birth date.</summary>
    public string? Person { get; init; }

    /// <summary>Hashes of the network entities the record names.</summary>
    public IReadOnlyDictionary<NetworkEntityType, string> Entities { get; init; } = new Dictionary<NetworkEntityType, string>();

    /// <summary>
    /// The same entities hashed with the keys still inside their rotation window, so counts and links
    /// made under an older key are still found after a rotation.
    /// </summary>
    public IReadOnlyDictionary<NetworkEntityType, IReadOnlyList<string>> PreviousEntities { get; init; } = new Dictionary<NetworkEntityType, IReadOnlyList<string>>();
}
