using System.Text.Json.Serialization;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.Signals;

/// <summary>The partner a referral goes to; each referral outcome has exactly one.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<SignalDestination>))]
public enum SignalDestination
{
    /// <summary>Police and prosecution (criminal investigation).</summary>
    CriminalInvestigation,

    /// <summary>Victim support and shelter organisations.</summary>
    VictimSupport,

    /// <summary>Labour inspection.</summary>
    LabourInspection,
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
