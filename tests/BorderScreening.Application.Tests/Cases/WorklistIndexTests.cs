using System.Globalization;
using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Review;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;

namespace BorderScreening.Application.Tests.Cases;

/// <summary>The worklist's sort indexes: pages from range queries, continuations, totals, no drift, migration.</summary>
public sealed class WorklistIndexTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static Actor Supervisor { get; } = new("sup", "Review.Supervisor", JurisdictionCodes.All.ToHashSet(), JurisdictionCodes.All.ToHashSet());

    private static Actor Reviewer(string subject) => new(subject, "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

    private WorklistService Worklist => _services.Get<WorklistService>();

    private CaseReviewService Review => _services.Get<CaseReviewService>();

    private IWorklistStore Store => _services.Get<IWorklistStore>();

    private static WorklistItem Case(int n, CaseStatus status = CaseStatus.Open, Typology typology = Typology.LabourExploitation) => new()
    {
        CaseId = string.Create(CultureInfo.InvariantCulture, $"cw-t{n:D6}"),
        AssessmentId = string.Create(CultureInfo.InvariantCulture, $"cw-t{n:D6}"),
        Jurisdiction = Jurisdiction.CW,
        Priority = 1 + (n % 5),
        Deadline = Start.AddHours(1).AddMinutes(n % 37),
        Score = (n % 10) / 10.0,
        Band = RiskBand.High,
        Typologies = [typology],
        Status = status,
        ReceivedAt = Start,
    };

    private async Task<WorklistPage> ListAsync(WorklistQuery query, Actor? actor = null)
    {
        var result = await Worklist.ListAsync(actor ?? Supervisor, Jurisdiction.CW, query, CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, result.Status);
        return result.Value!;
    }

    [Theory]
    [InlineData("deadline")]
    [InlineData("priority")]
    [InlineData("score")]
    public async Task List_FollowingContinuations_ReturnsEveryCaseOnceInSortOrder(string sort)
    {
        await Store.AddManyAsync(Enumerable.Range(0, 60).Select(n => Case(n)).ToList(), CancellationToken.None);

        var seen = new List<WorklistItem>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await ListAsync(new WorklistQuery { Sort = sort, PageSize = 25, Continuation = continuation });
            Assert.Equal(60, page.Total);
            seen.AddRange(page.Items);
            continuation = page.Continuation;
            pages++;
        }
        while (continuation is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(60, seen.Select(i => i.CaseId).Distinct().Count());
        IEnumerable<WorklistItem> expected = sort switch
        {
            "priority" => seen.OrderBy(i => i.Priority).ThenBy(i => i.Deadline),
            "score" => seen.OrderByDescending(i => i.Score).ThenBy(i => i.Deadline),
            _ => seen.OrderBy(i => i.Deadline).ThenBy(i => i.Priority),
        };
        Assert.Equal(expected.Select(i => (i.Priority, i.Deadline, i.Score)), seen.Select(i => (i.Priority, i.Deadline, i.Score)));
    }

    [Fact]
    public async Task List_PageNumberWithoutContinuation_SkipsTheEarlierPages()
    {
        await Store.AddManyAsync(Enumerable.Range(0, 30).Select(n => Case(n)).ToList(), CancellationToken.None);

        var first = await ListAsync(new WorklistQuery { PageSize = 10, Page = 1 });
        var byToken = await ListAsync(new WorklistQuery { PageSize = 10, Continuation = first.Continuation });
        var byNumber = await ListAsync(new WorklistQuery { PageSize = 10, Page = 2 });

        Assert.Equal(byToken.Items.Select(i => i.CaseId), byNumber.Items.Select(i => i.CaseId));
        Assert.Empty(first.Items.Select(i => i.CaseId).Intersect(byNumber.Items.Select(i => i.CaseId)));
    }

    [Fact]
    public async Task List_Filters_CountOnlyMatchingCases()
    {
        var items = Enumerable.Range(0, 40).Select(n => Case(n, typology: n % 4 == 0 ? Typology.ChildTrafficking : Typology.LabourExploitation)).ToList();
        await Store.AddManyAsync(items, CancellationToken.None);
        var deadline = Start.AddHours(1).AddMinutes(10);

        var byTypology = await ListAsync(new WorklistQuery { Typology = Typology.ChildTrafficking, PageSize = 3 });
        var byPriority = await ListAsync(new WorklistQuery { Priority = 2, Sort = "score" });
        var byDeadline = await ListAsync(new WorklistQuery { DeadlineBefore = deadline, PageSize = 100 });

        Assert.Equal(10, byTypology.Total);
        Assert.All(byTypology.Items, i => Assert.Contains(Typology.ChildTrafficking, i.Typologies));
        Assert.NotNull(byTypology.Continuation);
        Assert.Equal(items.Count(i => i.Priority == 2), byPriority.Total);
        Assert.All(byPriority.Items, i => Assert.Equal(2, i.Priority));
        Assert.Equal(items.Count(i => i.Deadline <= deadline), byDeadline.Total);
        Assert.Equal(byDeadline.Total, byDeadline.Items.Count);
        Assert.All(byDeadline.Items, i => Assert.True(i.Deadline <= deadline));
    }

    [Fact]
    public async Task Transitions_KeepTheIndexInStepWithTheCase()
    {
        await Store.AddManyAsync([Case(1), Case(2)], CancellationToken.None);
        var reviewer = Reviewer("r1");
        var caseId = Case(1).CaseId;

        await Review.ClaimAsync(reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        var claimed = await ListAsync(new WorklistQuery { Status = CaseStatus.Claimed });
        await Review.EscalateAsync(reviewer, Jurisdiction.CW, caseId, new ReasonRequest("needs a second look"), CancellationToken.None);
        var escalated = await ListAsync(new WorklistQuery { Status = CaseStatus.Escalated });
        await Review.ClaimAsync(Supervisor, Jurisdiction.CW, caseId, CancellationToken.None);
        await Review.DecideAsync(Supervisor, Jurisdiction.CW, caseId, new DecisionRequest(OwnAssessment.NoConcern, ReviewOutcome.NoConcern, [], null), CancellationToken.None);
        var working = await ListAsync(new WorklistQuery());
        var decided = await ListAsync(new WorklistQuery { Status = CaseStatus.Decided });

        Assert.Equal([caseId], claimed.Items.Select(i => i.CaseId));
        Assert.Equal("r1", claimed.Items[0].ClaimedBy);
        Assert.Equal([caseId], escalated.Items.Select(i => i.CaseId));
        Assert.Equal([Case(2).CaseId], working.Items.Select(i => i.CaseId));
        Assert.Equal(1, working.Total);
        Assert.Equal([caseId], decided.Items.Select(i => i.CaseId));
        Assert.Equal(nameof(ReviewOutcome.NoConcern), decided.Items[0].Outcome);

        await Review.ReopenAsync(Supervisor, Jurisdiction.CW, caseId, new ReasonRequest("new facts"), CancellationToken.None);
        var reopened = await ListAsync(new WorklistQuery { Status = CaseStatus.Open });
        Assert.Contains(caseId, reopened.Items.Select(i => i.CaseId));
        Assert.Equal(2, reopened.Total);
    }

    [Fact]
    public async Task List_ClaimWithLapsedLease_CountsAsOpen()
    {
        await Store.AddManyAsync([Case(1)], CancellationToken.None);
        await Review.ClaimAsync(Reviewer("r1"), Jurisdiction.CW, Case(1).CaseId, CancellationToken.None);
        var whileHeld = await ListAsync(new WorklistQuery { Status = CaseStatus.Open });

        _services.Time.Advance(TimeSpan.FromMinutes(16));
        var afterLapse = await ListAsync(new WorklistQuery { Status = CaseStatus.Open });
        var claimedAfterLapse = await ListAsync(new WorklistQuery { Status = CaseStatus.Claimed });

        Assert.Equal(0, whileHeld.Total);
        Assert.Equal(1, afterLapse.Total);
        Assert.Equal(CaseStatus.Open, afterLapse.Items[0].Status);
        Assert.Null(afterLapse.Items[0].ClaimedBy);
        Assert.Equal(0, claimedAfterLapse.Total);
    }

    [Fact]
    public async Task List_CasesStoredBeforeTheIndexes_AreMigratedAndStayWorkable()
    {
        // Rows as the worklist stored them before the indexes: case rows only.
        var table = _services.Get<StorageTables>().Worklist;
        foreach (var n in Enumerable.Range(0, 30))
        {
            var item = Case(n, n == 29 ? CaseStatus.Decided : CaseStatus.Open);
            await table.AddEntityAsync(new TableEntity("CW", item.CaseId)
            {
                ["AssessmentId"] = item.AssessmentId,
                ["Priority"] = item.Priority,
                ["Deadline"] = item.Deadline,
                ["Score"] = item.Score,
                ["Band"] = item.Band.ToString(),
                ["Typologies"] = string.Join(',', item.Typologies),
                ["ForcedReview"] = false,
                ["Status"] = item.Status.ToString(),
                ["ReceivedAt"] = item.ReceivedAt,
            });
        }

        var page = await ListAsync(new WorklistQuery { PageSize = 100 });
        var claim = await Review.ClaimAsync(Reviewer("r1"), Jurisdiction.CW, Case(3).CaseId, CancellationToken.None);
        var claimed = await ListAsync(new WorklistQuery { Status = CaseStatus.Claimed });

        Assert.Equal(29, page.Total);
        Assert.Equal(29, page.Items.Count);
        Assert.DoesNotContain(Case(29).CaseId, page.Items.Select(i => i.CaseId));
        Assert.Equal(ReviewStatus.Ok, claim.Status);
        Assert.Equal([Case(3).CaseId], claimed.Items.Select(i => i.CaseId));
        var rows = 0;
        await foreach (var _ in Store.ListAsync(Jurisdiction.CW, null, CancellationToken.None))
        {
            rows++;
        }

        Assert.Equal(30, rows);
    }

    [Fact]
    public async Task List_ForeignContinuation_IsRejectedNamingTheField()
    {
        await Store.AddManyAsync(Enumerable.Range(0, 5).Select(n => Case(n)).ToList(), CancellationToken.None);
        var first = await ListAsync(new WorklistQuery { PageSize = 2 });

        var otherSort = await Worklist.ListAsync(Supervisor, Jurisdiction.CW, new WorklistQuery { Sort = "score", Continuation = first.Continuation }, CancellationToken.None);
        var garbage = await Worklist.ListAsync(Supervisor, Jurisdiction.CW, new WorklistQuery { Continuation = "not a token!" }, CancellationToken.None);
        var caseRow = await Worklist.ListAsync(Supervisor, Jurisdiction.CW, new WorklistQuery { Continuation = WorklistContinuation.Encode(Case(1).CaseId) }, CancellationToken.None);

        Assert.All([otherSort, garbage, caseRow], r =>
        {
            Assert.Equal(ReviewStatus.Invalid, r.Status);
            Assert.Equal("continuation", Assert.Single(r.Errors!).Path);
        });
    }

    [Fact]
    public async Task Add_RepeatedDelivery_KeepsOneCaseAndOneSetOfIndexRows()
    {
        Assert.True(await Store.TryAddAsync(Case(7), CancellationToken.None));
        Assert.False(await Store.TryAddAsync(Case(7), CancellationToken.None));

        foreach (var sort in WorklistIndex.Sorts)
        {
            var page = await ListAsync(new WorklistQuery { Sort = sort });
            Assert.Equal([Case(7).CaseId], page.Items.Select(i => i.CaseId));
        }
    }
}
