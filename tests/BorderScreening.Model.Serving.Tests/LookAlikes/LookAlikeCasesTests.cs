using System.Globalization;
using System.Text;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;
using Microsoft.Extensions.Options;
using E = BorderScreening.Domain.Records.NetworkEntityType;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Model.Serving.Tests.LookAlikes;

/// <summary>
/// Ordinary travel and hiring that share surface features with trafficking, each next to a
/// trafficking case it resembles, scored by the shipped catalogue and model. The recorded facts
/// (consent, an organised group with a responsible adult, business travel paid by the inviting
/// company, medical travel, decent seasonal conditions) must put the look-alike below the case it
/// resembles; docs/look-alikes.md reports the hits on both.
/// </summary>
public class LookAlikeCasesTests
{
    private static readonly TravellerRecord T = TestRecords.Traveller();
    private static readonly TravellerRecord Minor = T with { BirthDate = new DateOnly(2012, 5, 1), TravellingWithGuardian = false };
    private static readonly WorkPermitRecord W = TestRecords.WorkPermit(jurisdiction: Jurisdiction.CW);

    private static readonly ScreeningPipeline Pipeline = new(
        new CatalogueIndicatorEvaluator(Shipped),
        MlNetRiskModel.LoadShipped(),
        new RiskCalculator(Options.Create(new RiskOptions())));

    /// <summary>(name, benign look-alike, trafficking case it resembles, whether the look-alike is reviewed whatever its score).</summary>
    public static IReadOnlyList<(string Name, ScreeningContext Benign, ScreeningContext Trafficking, bool BenignForcedByLaw)> Pairs { get; } =
    [
        ("School trip: 20 minors on one booking",
            Context(Minor with
            {
                Booking = T.Booking! with { GroupReference = "GRP-SCHOOL", CoTravellerCount = 20, PaidBy = Payer.Company },
                Trip = new TripFacts { GuardianConsent = true, Group = new OrganisedGroup { Kind = GroupKind.School, Name = "Colegio Alejandro Paul", ResponsibleAdult = "R. Martina (teacher)" }, ReturnDate = new DateOnly(2026, 12, 8) },
            }),
            Context(Minor with
            {
                Booking = T.Booking! with { GroupReference = "GRP-X", CoTravellerCount = 5, PaidBy = Payer.OtherPerson, TripType = TripType.OneWay },
                Sponsor = Person,
            }, (E.Sponsor, 90, 4)),
            true),
        ("Grandchild visiting, ticket paid by grandmother",
            Context(Minor with
            {
                Sponsor = Person,
                Booking = T.Booking! with { PaidBy = Payer.OtherPerson, UnaccompaniedMinorService = true },
                PurposeOfStay = PurposeOfStay.Family,
                Trip = new TripFacts { GuardianConsent = true, ReturnDate = new DateOnly(2026, 12, 28) },
            }),
            Context(Minor with
            {
                Sponsor = Person,
                Booking = T.Booking! with { PaidBy = Payer.OtherPerson, TripType = TripType.OneWay, FormOfPayment = FormOfPayment.Cash, BookingDate = new DateOnly(2026, 11, 30) },
                PurposeOfStay = PurposeOfStay.Family,
            }, (E.Sponsor, 90, 3), (E.Payer, 30, 4)),
            true),
        ("Business visitor invited and paid by a busy company",
            Context(T with
            {
                PurposeOfStay = PurposeOfStay.Business,
                Sponsor = Company,
                Booking = T.Booking! with { PaidBy = Payer.Company },
                Trip = new TripFacts { LengthOfStayDays = 4 },
            }, (E.Sponsor, 30, 9)),
            Context(T with
            {
                PurposeOfStay = PurposeOfStay.Work,
                Sponsor = Person,
                Booking = T.Booking! with { PaidBy = Payer.OtherPerson, TripType = TripType.OneWay, BookingDate = new DateOnly(2026, 11, 29) },
            }, (E.Sponsor, 30, 9), (E.Payer, 30, 5)),
            false),
        ("Patient travelling for treatment, paid by a relative",
            Context(T with
            {
                Booking = T.Booking! with { PaidBy = Payer.OtherPerson },
                Sponsor = Person,
                PurposeOfStay = PurposeOfStay.Other,
                Trip = new TripFacts { MedicalTravel = true, ReturnDate = new DateOnly(2026, 12, 20) },
            }),
            Context(T with
            {
                Booking = T.Booking! with { PaidBy = Payer.OtherPerson, TripType = TripType.OneWay },
                Sponsor = Person,
                PurposeOfStay = PurposeOfStay.Work,
            }, (E.Sponsor, 30, 6), (E.Address, 30, 7)),
            false),
        ("Seasonal harvest worker through an agency",
            Context(W with
            {
                PermitType = PermitType.Seasonal,
                Sector = "AGRICULTURE",
                RecruitmentAgency = Company,
                FeesPaidByWorker = 0,
                HousingProvidedByEmployer = true,
                HousingAddress = "Kaya Kunuku 3, Barber",
                WorkplaceAddress = "Plantage Knip, Banda Abou",
                RestDaysPerWeek = 1,
                WeeklyHours = 45,
                OfferedHourlyWage = 13m,
                Employer = Company with { RegisteredOn = new DateOnly(2009, 3, 1) },
            }),
            Context(W with
            {
                PermitType = PermitType.Seasonal,
                Sector = "AGRICULTURE",
                RecruitmentAgency = Company,
                FeesPaidByWorker = 1500,
                HousingProvidedByEmployer = true,
                HousingAddress = "Plantage Knip, Banda Abou",
                WorkplaceAddress = "PLANTAGE KNIP BANDA ABOU",
                RestDaysPerWeek = 0,
                WeeklyHours = 66,
                OfferedHourlyWage = 9m,
                DocumentsKeptBy = DocumentKeeper.Employer,
                Employer = Company with { RegisteredOn = W.ApplicationDate!.Value.AddDays(-40) },
            }, (E.RecruitmentAgency, 30, 12)),
            false),
    ];

    [Fact]
    public void EveryLookAlike_ScoresBelowTheTraffickingCaseItResembles_AndTheTraffickingCaseIsAHit()
    {
        foreach (var (name, benign, trafficking, _) in Pairs)
        {
            var b = Pipeline.Score(benign).Risk;
            var t = Pipeline.Score(trafficking).Risk;

            Assert.True(t.IsHit, $"{name}: the trafficking case is not a hit (score {t.Score:0.00})");
            Assert.True(b.Score < t.Score, $"{name}: look-alike {b.Score:0.00} is not below the trafficking case {t.Score:0.00}");
        }
    }

    [Fact]
    public void AdultLookAlikes_AreNotHits_MinorsAloneAreStillReviewedByLaw()
    {
        foreach (var (name, benign, _, forced) in Pairs)
        {
            var risk = Pipeline.Score(benign).Risk;

            // A minor without a parent is always reviewed (TRV-MINOR-UNACCOMPANIED forces review):
            // consent letters and group papers can be forged. Everyone else is told apart by the facts.
            Assert.True(forced ? risk.ForcedReview : !risk.IsHit, $"{name}: hit {risk.IsHit}, forced {risk.ForcedReview}, score {risk.Score:0.00}");
        }
    }

    [Fact]
    public void TheFacts_LowerTheLookAlikesOwnScore()
    {
        foreach (var (name, benign, _, _) in Pairs)
        {
            var withFacts = Pipeline.Score(benign).Risk.Score;
            var withoutFacts = Pipeline.Score(benign with { Record = WithoutExplainingFacts(benign.Record) }).Risk.Score;

            Assert.True(withFacts < withoutFacts, $"{name}: {withFacts:0.00} with the facts, {withoutFacts:0.00} without");
        }
    }

    [Fact]
    public void Report_CommittedLookAlikesDocument_MatchesTheShippedCatalogueAndModel()
    {
        var expected = Report();
        var path = Path.Combine(RepositoryRoot(), "docs", "look-alikes.md");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            "docs/look-alikes.md differs from what the shipped catalogue and model give; run the look-alike tests with UPDATE_DOCS=1 and commit the result");
    }

    private static ScreeningRecord WithoutExplainingFacts(ScreeningRecord record) => record switch
    {
        TravellerRecord t => t with
        {
            Trip = null,
            Booking = t.Booking is null ? null : t.Booking with { UnaccompaniedMinorService = null },
            PurposeOfStay = t.PurposeOfStay == PurposeOfStay.Business ? PurposeOfStay.Other : t.PurposeOfStay,
        },
        WorkPermitRecord p => p with { RestDaysPerWeek = 0, WorkplaceAddress = p.HousingAddress, Employer = p.Employer! with { RegisteredOn = p.ApplicationDate } },
        _ => record,
    };

    private static string Report()
    {
        var md = new StringBuilder();
        md.AppendLine($"# Look-alikes: ordinary travel and hiring next to the trafficking cases they resemble");
        md.AppendLine();
        md.AppendLine("> Generated by `tests/BorderScreening.Model.Serving.Tests/LookAlikes/LookAlikeCasesTests.cs` with");
        md.AppendLine(CultureInfo.InvariantCulture, $"> catalogue {Shipped.Version} and model {Pipeline.ModelVersion}. Regenerate with `UPDATE_DOCS=1`.");
        md.AppendLine();
        md.AppendLine("Each pair is a benign case written with the facts that explain it (see [feeds.md](feeds.md#facts-that-explain-a-trip-or-a-job))");
        md.AppendLine("and a trafficking case with the same surface features. A minor travelling without a parent is always");
        md.AppendLine("reviewed (forced review), whatever the facts; the facts lower the score and so the case's place in the worklist.");
        md.AppendLine();
        md.AppendLine("| Pair | Case | Score | Band | Hit | Forced review | Indicators fired |");
        md.AppendLine("| --- | --- | ---: | --- | --- | --- | --- |");
        foreach (var (name, benign, trafficking, _) in Pairs)
        {
            Row(md, name, "look-alike", Pipeline.Score(benign));
            Row(md, name, "trafficking", Pipeline.Score(trafficking));
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, string pair, string kind, ScoredRecord scored)
    {
        var fired = string.Join(", ", scored.Indicators.Fired.Select(f => f.Weight < 0 ? f.Id + " (−)" : f.Id));
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| {pair} | {kind} | {scored.Risk.Score:0.00} | {scored.Risk.Band} | {(scored.Risk.IsHit ? "yes" : "no")} | {(scored.Risk.ForcedReview ? "yes" : "no")} | {(fired.Length == 0 ? "—" : fired)} |");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BorderScreening.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
