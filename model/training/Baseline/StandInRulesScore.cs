using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Features;

namespace BorderScreening.Model.Training.Baseline;

/// <summary>
/// A stand-in rules-only score from a handful of obvious circumstances, used as the baseline while
/// the real indicator catalogue (IIndicatorEvaluator.Evaluate(context).RulesScore) is not wired in.
/// It reads the same circumstances the catalogue describes; it is not the catalogue.
/// </summary>
public static class StandInRulesScore
{
    /// <summary>The score in [0, 1].</summary>
    public static double Score(ScreeningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var score = 0.0;
        var counts = context.Counts;
        switch (context.Record)
        {
            case TravellerRecord t:
                var minor = t.BirthDate is { } b && b.AddYears(18) > DateOnly.FromDateTime(context.ScreenedAt.UtcDateTime);
                if (minor && t.TravellingWithGuardian == false)
                {
                    score += 0.5;
                }

                if (t.Booking is { } booking)
                {
                    if (booking.PaidBy is Payer.OtherPerson && booking.PayerTravelsAlong != true)
                    {
                        score += 0.15;
                    }

                    var departure = t.Legs.Count > 0 ? t.Legs[0].ScheduledDeparture : null;
                    if (booking.TripType == TripType.OneWay && booking.BookingDate is { } booked && departure is { } dep
                        && DateOnly.FromDateTime(dep.UtcDateTime).DayNumber - booked.DayNumber <= 3)
                    {
                        score += 0.15;
                    }

                    if (booking.FormOfPayment == FormOfPayment.Cash)
                    {
                        score += 0.05;
                    }
                }

                score += 0.2 * t.Observations.Count;
                if (counts.Get(BorderScreening.Domain.Records.NetworkEntityType.Sponsor, 30) >= 5 && t.Sponsor?.PartyKind == PartyKind.Person)
                {
                    score += 0.2;
                }

                break;
            case WorkPermitRecord p:
                if (p.OfferedHourlyWage is { } wage && wage < MinimumWageTable.HourlyMinimum(p.Jurisdiction))
                {
                    score += 0.3;
                }

                if (p.FeesPaidByWorker > 0)
                {
                    score += 0.15;
                }

                if (p.DocumentsKeptBy is DocumentKeeper.Employer or DocumentKeeper.Other)
                {
                    score += 0.3;
                }

                if (p.LoanFromEmployer == true)
                {
                    score += 0.15;
                }

                if (p.PermitType == PermitType.AdultEntertainment && p.AppliedInPerson == false)
                {
                    score += 0.3;
                }

                if (p.WeeklyHours > 60)
                {
                    score += 0.15;
                }

                break;
        }

        return Math.Min(1.0, score);
    }
}
