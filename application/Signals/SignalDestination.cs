using System.Text.Json.Serialization;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.Signals;

/// <summary>
/// The kind of partner a signal goes to. Each referral outcome has one kind by default; a decision may
/// name several partners of its jurisdiction (see <see cref="SignalPartners"/>), each its own signal.
/// </summary>
[JsonConverter(typeof(StrictEnumJsonConverter<SignalDestination>))]
public enum SignalDestination
{
    /// <summary>Police and prosecution (criminal investigation).</summary>
    CriminalInvestigation,

    /// <summary>Victim support and shelter organisations.</summary>
    VictimSupport,

    /// <summary>Labour inspection.</summary>
    LabourInspection,

    /// <summary>
    /// The theme register of (soft) trafficking signals, where a jurisdiction keeps one (Curaçao and
    /// the Caribbean Netherlands today); no outcome's default, chosen with the other partners.
    /// </summary>
    ThemeRegister,
}

/// <summary>Which decisions produce a signal.</summary>
internal static class SignalDestinations
{
    /// <summary>The destination of a referral outcome; null for outcomes that are not referrals.</summary>
    public static SignalDestination? For(ReviewOutcome? outcome) => outcome switch
    {
        ReviewOutcome.ReferCriminalInvestigation => SignalDestination.CriminalInvestigation,
        ReviewOutcome.ReferVictimSupport => SignalDestination.VictimSupport,
        ReviewOutcome.ReferLabourInspection => SignalDestination.LabourInspection,
        _ => null,
    };
}
