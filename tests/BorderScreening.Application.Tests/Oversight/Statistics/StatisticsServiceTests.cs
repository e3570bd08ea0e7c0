using System.Runtime.CompilerServices;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Application.Tests.Oversight.Statistics;

public class StatisticsServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static Task<StatisticsCounts> CountAsync(params CaseFact[] cases)
    {
        var screened = cases.Select(c => new ScreenedFact(c.AssessmentId, true, Now.AddDays(-1))).Append(new ScreenedFact("no-hit", false, Now.AddDays(-1))).ToList();
        return new StatisticsService(new Facts(screened, cases), new FakeTimeProvider(Now)).CountAsync(Jurisdiction.CW, Now.AddDays(-2), Now, CancellationToken.None);
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

    private sealed class Facts(IReadOnlyList<ScreenedFact> screened, IReadOnlyList<CaseFact> cases) : IStatisticsSource
    {
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
