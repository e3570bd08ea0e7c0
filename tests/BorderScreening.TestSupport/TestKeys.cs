using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.TestSupport;

/// <summary>Fixed pseudonymisation keys for tests (never real ones): each jurisdiction its own.</summary>
public static class TestKeys
{
    /// <summary>A key whose 32 bytes are all <paramref name="fill"/>.</summary>
    public static PseudonymisationKey Key(string id, byte fill) => new(id, Enumerable.Repeat(fill, 32).ToArray());

    /// <summary>Every jurisdiction's default test key "{code}-v1", each with its own material.</summary>
    public static JurisdictionKeys Default(Jurisdiction jurisdiction) =>
        new(Key($"{jurisdiction.ToCode().ToLowerInvariant()}-v1", (byte)(1 + (int)jurisdiction)), []);

    /// <summary>A key ring with the default keys, except the jurisdictions given.</summary>
    public static PseudonymisationKeyRing Ring(IReadOnlyDictionary<Jurisdiction, JurisdictionKeys>? overrides = null) =>
        new(JurisdictionCodes.All.ToDictionary(j => j, j => overrides is not null && overrides.TryGetValue(j, out var own) ? own : Default(j)));
}
