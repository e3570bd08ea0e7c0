using System.Globalization;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>
/// How the check plan ranks entities: a sum of counted facts with fixed weights, so the rank can be
/// explained and checked by hand — no model. A referral weighs most (a person judged a hit serious),
/// then each hit, then how many records named the entity in 30 days, then the variety of indicators.
/// </summary>
public static class CheckPlanScore
{
    /// <summary>Points per hit.</summary>
    public const int PerHit = 10;

    /// <summary>Points per hit decided as a referral.</summary>
    public const int PerReferral = 20;

    /// <summary>Points per distinct indicator fired on the entity's hits.</summary>
    public const int PerIndicator = 2;

    /// <summary>The score and its parts in words.</summary>
    public static (int Score, string Why) Of(int hits, int referrals, int recordsIn30Days, int indicators)
    {
        var score = (hits * PerHit) + (referrals * PerReferral) + recordsIn30Days + (indicators * PerIndicator);
        var why = string.Create(
            CultureInfo.InvariantCulture,
            $"{hits} hit(s) × {PerHit} + {referrals} referral(s) × {PerReferral} + {recordsIn30Days} record(s) in 30 days + {indicators} indicator(s) × {PerIndicator} = {score}");
        return (score, why);
    }
}
