using System.Runtime.CompilerServices;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Application.Tests.Oversight.Statistics;

public class StatisticsServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static Task<StatisticsCounts> CountAsync(params CaseFact[] cases) => CountAsync(cases, []);

    private static Task<StatisticsCounts> CountAsync(IReadOnlyList<CaseFact> cases, IReadOnlyList<OutcomeFact> outcomes)
    {
        var screened = cases.Select(c => new ScreenedFact(c.AssessmentId, true, Now.AddDays(-1))).Append(new ScreenedFact("no-hit", false, Now.AddDays(-1))).ToList();
        return new StatisticsService(new Facts(screened, cases, outcomes), new FakeTimeProvider(Now)).CountAsync(Jurisdiction.CW, Now.AddDays(-2), Now, CancellationToken.None);
    }

    [Fact]
    public async Task Count_PartnerOutcomes_CountsEachSignalsOutcomeOfTheCohortAndListsEveryOutcome()
    {
        var counts = await CountAsync(
            [
                new CaseFact("cw-1", "cw-1", CaseStatus.Decided, ReviewOutcome.ReferVictimSupport, null),
                new CaseFact("cw-2", "cw-2", CaseStatus.Decided, ReviewOutcome.ReferCriminalInvestigation, null),
            ],
            [
                // cw-1 went to two partners; each outcome counts. cw-9 is not of the period's cohort.
                new OutcomeFact("cw-1", PartnerOutcomeKind.ConfirmedVictim),
                new OutcomeFact("cw-1", PartnerOutcomeKind.NoIndication),
                new OutcomeFact("cw-2", PartnerOutcomeKind.ConfirmedVictim),
                new OutcomeFact("cw-9", PartnerOutcomeKind.ExploitationFound),
            ]);

        Assert.Equal(
            new Dictionary<string, int> { ["confirmed-victim"] = 2, ["exploitation-found"] = 0, ["no-indication"] = 1, ["unknown"] = 0 },
            counts.PartnerOutcomes);
    }

    [Fact]
    public void Build_ForPublication_SmallPartnerOutcomeCountsAreSuppressedAndOthersRounded()
    {
        var figures = JurisdictionStatistics.Build(
            new StatisticsCounts { Jurisdiction = Jurisdiction.CW, PartnerOutcomes = new Dictionary<string, int> { ["confirmed-victim"] = 3, ["no-indication"] = 12, ["unknown"] = 0 } },
            publication: true,
            Now);

        Assert.Equal(("<10", true), (figures.PartnerOutcomes["confirmed-victim"].Text, figures.PartnerOutcomes["confirmed-victim"].Suppressed));
        Assert.Equal("10", figures.PartnerOutcomes["no-indication"].Text);
        Assert.Equal("0", figures.PartnerOutcomes["unknown"].Text);
    }

    [Fact]
    public void Rows_OfTheReport_ListThePartnerOutcomesAsPublished()
    {
        var figures = JurisdictionStatistics.Build(
            new StatisticsCounts { Jurisdiction = Jurisdiction.CW, PartnerOutcomes = new Dictionary<string, int> { ["confirmed-victim"] = 3 } },
            publication: true,
            Now);

        Assert.Contains(StatisticsReport.Rows(figures), r => r.Label == "Partner outcome: confirmed victim" && r.Figure.Text == "<10");
    }

    [Fact]
    public async Task Count_MissedCase_IsAMissedDeadlineThatNeverReachedAReviewer()
    {
        var counts = await CountAsync(new CaseFact("cw-1", "cw-1", CaseStatus.Missed, null, Now.AddHours(-3)));

        Assert.Equal((1, 1, 0), (counts.MissedDeadlines, counts.NeverReachedReview, counts.Pending));
    }

    [Fact]
    public async Task Count_OpenCasePastItsDeadline_IsAMissedDeadlineButReachedTheWorklist()
    {
        var counts = await CountAsync(
            new CaseFact("cw-1", "cw-1", CaseStatus.Open, null, Now.AddHours(-3)),
            new CaseFact("cw-2", "cw-2", CaseStatus.Open, null, Now.AddHours(3)));

        Assert.Equal((1, 0, 1), (counts.MissedDeadlines, counts.NeverReachedReview, counts.Pending));
    }

    [Fact]
    public async Task Count_MissedCaseReopenedAndDecided_CountsAsDecidedOnly()
    {
        var counts = await CountAsync(new CaseFact("cw-1", "cw-1", CaseStatus.Decided, ReviewOutcome.NoConcern, Now.AddHours(-3)));

        Assert.Equal((1, 0, 0), (counts.Decided, counts.MissedDeadlines, counts.NeverReachedReview));
    }

    [Fact]
    public void Build_ForPublication_NeverReachedReviewIsSuppressedLikeEveryCount()
    {
        var figures = JurisdictionStatistics.Build(new StatisticsCounts { Jurisdiction = Jurisdiction.CW, MissedDeadlines = 12, NeverReachedReview = 3 }, publication: true, Now);

        Assert.Equal(("10", "<10"), (figures.MissedDeadlines.Text, figures.NeverReachedReview.Text));
    }

    private sealed class Facts(IReadOnlyList<ScreenedFact> screened, IReadOnlyList<CaseFact> cases, IReadOnlyList<OutcomeFact> outcomes) : IStatisticsSource
    {
        public async IAsyncEnumerable<OutcomeFact> PartnerOutcomesAsync(Jurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var fact in outcomes)
            {
                yield return fact;
            }
        }

        public async IAsyncEnumerable<ScreenedFact> ScreenedAsync(Jurisdiction jurisdiction, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var fact in screened)
            {
                yield return fact;
            }
        }

        public async IAsyncEnumerable<DecisionTime> DecisionTimesAsync(Jurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield break;
        }

        public async IAsyncEnumerable<CaseFact> CasesAsync(Jurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var fact in cases)
            {
                yield return fact;
            }
        }
    }
}
