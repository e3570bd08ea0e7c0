using BorderScreening.Core.Records;
using BorderScreening.Core.Scoring;

namespace BorderScreening.Core.Indicators;

/// <summary>
/// Two hard-wired indicators that keep the pipeline whole until the catalogue engine is in service.
/// </summary>
public sealed class StarterIndicatorEvaluator : IIndicatorEvaluator
{
    /// <inheritdoc />
    public string CatalogueVersion => "starter-1";

    /// <inheritdoc />
    public IndicatorOutcome Evaluate(ScreeningContext context)
    {
        var fired = new List<FiredIndicator>();
        if (context.Record is TravellerRecord t && t.BirthDate is { } birth)
        {
            var age = AgeYears(birth, DateOnly.FromDateTime(context.ScreenedAt.UtcDateTime));
            if (age < 18 && t.TravellingWithGuardian == false)
            {
                fired.Add(new FiredIndicator
                {
                    Id = "TRV-MINOR-UNACCOMPANIED",
                    Typology = Typology.ChildTrafficking,
                    Weight = 3,
                    Strength = "strong",
                    ForcesReview = true,
                    ExplanationEn = $"A minor ({age} years) travels without a parent or guardian.",
                    ExplanationNl = $"Een minderjarige ({age} jaar) reist zonder ouder of voogd.",
                    Source = "UNODC Human trafficking indicators",
                    Values = new Dictionary<string, string> { ["age"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                });
            }
        }

        if (context.Record is TravellerRecord { Booking.PaidBy: Payer.OtherPerson or Payer.Company, Booking.TripType: TripType.OneWay })
        {
            fired.Add(new FiredIndicator
            {
                Id = "TRV-THIRD-PARTY-ONE-WAY",
                Typology = Typology.SexualExploitation,
                Weight = 1.5,
                Strength = "medium",
                ExplanationEn = "A one-way ticket was paid by someone other than the traveller.",
                ExplanationNl = "Een enkeltje is betaald door iemand anders dan de reiziger.",
                Source = "Frontex risk profiles on trafficking in human beings",
            });
        }

        var sum = fired.Sum(f => f.Weight);
        var score = 1 - Math.Exp(-Math.Max(0, sum) / 2.0);
        return new IndicatorOutcome
        {
            CatalogueVersion = CatalogueVersion,
            Fired = fired,
            RulesScore = score,
            TypologyScores = fired.GroupBy(f => f.Typology).ToDictionary(g => g.Key, g => 1 - Math.Exp(-g.Sum(f => f.Weight) / 2.0)),
        };
    }

    private static int AgeYears(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return birth > today.AddYears(-age) ? age - 1 : age;
    }
}
