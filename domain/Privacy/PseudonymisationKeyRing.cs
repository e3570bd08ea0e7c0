using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Privacy;

/// <summary>
/// The keys of every jurisdiction, checked once when they are loaded: each jurisdiction has a
/// current key, and no two jurisdictions' current keys hold the same material — a copied secret would
/// otherwise make two countries' pseudonyms joinable again without anyone noticing.
/// </summary>
public sealed class PseudonymisationKeyRing : IPseudonymisationKeyProvider
{
    private readonly Dictionary<Jurisdiction, JurisdictionKeys> _keys;

    /// <summary>Takes the keys of all six jurisdictions.</summary>
    /// <exception cref="InvalidOperationException">A jurisdiction has no keys, or two share their current key.</exception>
    public PseudonymisationKeyRing(IReadOnlyDictionary<Jurisdiction, JurisdictionKeys> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = new Dictionary<Jurisdiction, JurisdictionKeys>();
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            _keys[jurisdiction] = keys.TryGetValue(jurisdiction, out var own)
                ? own
                : throw new InvalidOperationException($"No pseudonymisation key for {jurisdiction.ToCode()}.");
        }

        for (var i = 0; i < JurisdictionCodes.All.Count; i++)
        {
            for (var j = i + 1; j < JurisdictionCodes.All.Count; j++)
            {
                var a = JurisdictionCodes.All[i];
                var b = JurisdictionCodes.All[j];
                if (_keys[a].Current.SameMaterialAs(_keys[b].Current))
                {
                    throw new InvalidOperationException(
                        $"The current pseudonymisation keys of {a.ToCode()} and {b.ToCode()} hold the same material; each jurisdiction needs its own key.");
                }
            }
        }
    }

    /// <inheritdoc />
    public PseudonymisationKey Current(Jurisdiction jurisdiction) => _keys[jurisdiction].Current;

    /// <inheritdoc />
    public IReadOnlyList<PseudonymisationKey> Previous(Jurisdiction jurisdiction) => _keys[jurisdiction].Previous;
}
