using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Review.Agreement;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Application.Tests.Review.Agreement;

public sealed class AgreementServiceTests
{
    private static readonly DateTimeOffset November = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private readonly RecordingAuditLog _audit = new();
    private readonly InMemoryLabels _labels = new();

    private static Actor Supervisor(params Jurisdiction[] supervises) => new("sup", "Review.Supervisor", supervises.ToHashSet(), supervises.ToHashSet());

    private AgreementService Service => new(_labels, _audit);

    private void Add(string reviewer, string own, string band, string outcome, int? label, int count, DateTimeOffset? at = null, Jurisdiction jurisdiction = Jurisdiction.CW)
    {
        for (var i = 0; i < count; i++)
        {
            _labels.Items.Add(new DecisionLabel(jurisdiction, $"{reviewer}-{own}-{outcome}-{_labels.Items.Count}", "a", outcome, label, own, "", "Review.CW", at ?? November, null, null, reviewer, band));
        }
    }

    private Task<ReviewResult<AgreementReport>> ReportAsync(Actor actor) =>
        Service.GetAsync(actor, Jurisdiction.CW, November.AddDays(-30), November.AddDays(30), CancellationToken.None);

    [Fact]
    public async Task Get_ReviewerWhoAlwaysFollowsTheScore_ShowsFullAgreement()
    {
        Add("r1", "Concern", "High", "ReferVictimSupport", 1, 12);

        var row = (await ReportAsync(Supervisor(Jurisdiction.CW))).Value!.Rows.First(r => r.Reviewer == "r1" && r.Month == "all");

        Assert.Equal(1.0, row.OwnAgreesWithScore.Value);
        Assert.Equal(1.0, row.OutcomeFollowsScore.Value);
        Assert.Equal(10, row.Decisions.Value);
        Assert.Equal(0.0, row.Unsure.Value);
    }

    [Fact]
    public async Task Get_MixedAnswers_ComputesEachShareOnItsOwnBasis()
    {
        Add("r1", "NoConcern", "High", "NoConcern", 0, 10);
        Add("r1", "Concern", "High", "ReferCriminalInvestigation", 1, 10);
        Add("r1", "Unsure", "High", "InsufficientInformation", null, 5);

        var row = (await ReportAsync(Supervisor(Jurisdiction.CW))).Value!.Rows.First(r => r.Reviewer == "r1" && r.Month == "all");

        Assert.Equal(0.5, row.OwnAgreesWithScore.Value);
        Assert.Equal(1.0, row.OwnAgreesWithOutcome.Value);
        Assert.Equal(0.5, row.OutcomeFollowsScore.Value);
        Assert.Equal(0.2, row.Unsure.Value);
        Assert.Equal(25, row.Decisions.Value);
    }

    [Fact]
    public async Task Get_FewerThanTenDecisions_SuppressesCountAndShares()
    {
        Add("r2", "Concern", "High", "ReferVictimSupport", 1, 4);

        var row = (await ReportAsync(Supervisor(Jurisdiction.CW))).Value!.Rows.First(r => r.Reviewer == "r2" && r.Month == "all");

        Assert.True(row.Decisions.Suppressed);
        Assert.Equal("<10", row.Decisions.Text);
        Assert.True(row.OwnAgreesWithScore.Suppressed);
        Assert.True(row.OutcomeFollowsScore.Suppressed);
    }

    [Fact]
    public async Task Get_GroupsByMonthAndLeavesOutOtherPeriodsAndJurisdictions()
    {
        Add("r1", "Concern", "High", "ReferVictimSupport", 1, 10);
        Add("r1", "Concern", "High", "ReferVictimSupport", 1, 10, November.AddDays(-20));
        Add("r1", "Concern", "High", "ReferVictimSupport", 1, 10, November.AddDays(-200));
        Add("r1", "Concern", "High", "ReferVictimSupport", 1, 10, jurisdiction: Jurisdiction.AW);

        var rows = (await ReportAsync(Supervisor(Jurisdiction.CW))).Value!.Rows;

        Assert.Equal(["2026-10", "2026-11", "all"], rows.Where(r => r.Reviewer == "r1").Select(r => r.Month));
        Assert.Equal(20, rows.Single(r => r.Reviewer == "all").Decisions.Value);
        Assert.Contains(_audit.Entries, e => e.Action == "agreement.viewed");
    }

    [Fact]
    public async Task Get_NotASupervisorOfTheJurisdiction_IsNotFound()
    {
        Add("r1", "Concern", "High", "ReferVictimSupport", 1, 10);
        var reviewer = new Actor("r1", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

        Assert.Equal(ReviewStatus.NotFound, (await ReportAsync(reviewer)).Status);
        Assert.Equal(ReviewStatus.NotFound, (await ReportAsync(Supervisor(Jurisdiction.AW))).Status);
        Assert.Empty(_audit.Entries);
    }

    private sealed class InMemoryLabels : ILabelStore
    {
        public List<DecisionLabel> Items { get; } = [];

        public Task SaveAsync(DecisionLabel label, CancellationToken cancellationToken)
        {
            Items.Add(label);
            return Task.CompletedTask;
        }

        public async IAsyncEnumerable<DecisionLabel> ReadAsync(Jurisdiction? jurisdiction, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var label in Items.Where(l => jurisdiction is null || l.Jurisdiction == jurisdiction))
            {
                yield return label;
            }
        }
    }
}
