using System.Collections.Frozen;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>The wire names of <see cref="PartnerOutcomeKind"/> and what each means as a training label.</summary>
public static class PartnerOutcomeKinds
{
    private static readonly FrozenDictionary<PartnerOutcomeKind, string> Names = new Dictionary<PartnerOutcomeKind, string>
    {
        [PartnerOutcomeKind.ConfirmedVictim] = "confirmed-victim",
        [PartnerOutcomeKind.ExploitationFound] = "exploitation-found",
        [PartnerOutcomeKind.NoIndication] = "no-indication",
        [PartnerOutcomeKind.Unknown] = "unknown",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, PartnerOutcomeKind> ByName =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every wire name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<PartnerOutcomeKind>().Select(k => Names[k])];

    /// <summary>The wire name ("confirmed-victim").</summary>
    public static string ToName(this PartnerOutcomeKind kind) =>
        Names.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a declared partner outcome.");

    /// <summary>The kind named exactly <paramref name="name"/> (lower case, as written); false for anything else.</summary>
    public static bool TryParse(string? name, out PartnerOutcomeKind kind)
    {
        kind = default;
        return name is not null && ByName.TryGetValue(name, out kind);
    }

    /// <summary>
    /// The training label an outcome gives: 1 for a confirmed victim or exploitation found, 0 for no
    /// indication, null for unknown (the reviewer's label then stands).
    /// </summary>
    public static int? LabelFor(PartnerOutcomeKind kind) => kind switch
    {
        PartnerOutcomeKind.ConfirmedVictim or PartnerOutcomeKind.ExploitationFound => 1,
        PartnerOutcomeKind.NoIndication => 0,
        _ => null,
    };

    /// <summary>
    /// The label of a case from the outcomes of its signals (one per partner): positive when any
    /// partner found a victim or exploitation — one partner finding it outweighs another that did not
    /// look as far —, else negative when any found no indication, else null (none recorded, or all unknown).
    /// </summary>
    public static int? LabelFor(IEnumerable<PartnerOutcomeKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        int? label = null;
        foreach (var value in kinds.Select(LabelFor))
        {
            if (value == 1)
            {
                return 1;
            }

            label ??= value;
        }

        return label;
    }
}
