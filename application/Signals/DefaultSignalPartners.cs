using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// The partners a jurisdiction sends to when its configuration names none. The theme register exists
/// in Curaçao and the Caribbean Netherlands; Aruba and Sint Maarten refer to the partners they name.
/// The names are descriptive placeholders: each country sets its own in <c>Signals:Partners</c>.
/// </summary>
public static class DefaultSignalPartners
{
    /// <summary>The default partners of a jurisdiction.</summary>
    public static IReadOnlyList<SignalPartner> For(Jurisdiction jurisdiction)
    {
        var area = jurisdiction.ReviewArea() switch
        {
            "AW" => "Aruba",
            "CW" => "Curaçao",
            "SX" => "Sint Maarten",
            _ => "Caribisch Nederland",
        };
        List<SignalPartner> partners =
        [
            new() { Id = "police", Name = $"Police and public prosecutor ({area})", Kind = SignalDestination.CriminalInvestigation },
            new() { Id = "victim-support", Name = $"Victim support ({area})", Kind = SignalDestination.VictimSupport },
            new() { Id = "labour-inspection", Name = $"Labour inspection ({area})", Kind = SignalDestination.LabourInspection },
        ];
        if (HasThemeRegister(jurisdiction))
        {
            partners.Add(new() { Id = "theme-register", Name = $"Theme register trafficking ({area})", Kind = SignalDestination.ThemeRegister });
        }

        return partners;
    }

    /// <summary>Whether the jurisdiction keeps a theme register today (Curaçao and the BES islands).</summary>
    public static bool HasThemeRegister(Jurisdiction jurisdiction) => jurisdiction.ReviewArea() is "CW" or "BQ";
}
