using BorderScreening.Application.Audit;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Security;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Hosting.Tests.Watchlists;

/// <summary>
/// Two hosts (the real object graph each) on the same Azurite storage: a list change made through
/// one is in force on the other within its refresh interval, without a restart, and audited.
/// </summary>
public sealed class WatchlistTwoHostsTests : IAsyncLifetime
{
    private static readonly Caller ChildrenCw = new("manager-cw", [AppRoles.WatchlistChildren], [Jurisdiction.CW]);
    private static readonly Caller ChildrenSx = new("manager-sx", [AppRoles.WatchlistChildren], [Jurisdiction.SX]);
    private static readonly Caller EntitiesCw = new("manager-entities-cw", [AppRoles.WatchlistManage], [Jurisdiction.CW]);

    private ScreeningServices _a = null!;
    private ScreeningServices _b = null!;
    private int _records;

    public async Task InitializeAsync()
    {
        _a = await ScreeningServices.CreateAsync();
        _b = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:NamePrefix"] = _a.Prefix,
            ["Privacy:KeyFolder"] = Path.Combine(Path.GetTempPath(), "screening-tests", _a.Prefix, "pseudonymisation-keys"),
        });
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    [Fact]
    public async Task EntryAddedExpiredAndRemovedOnHostA_TakesEffectOnHostB_AndIsAudited()
    {
        var lists = _a.Get<WatchlistService>();
        var created = await lists.CreateListAsync(ChildrenCw, new WatchlistListRequest { Id = "missing-children", Name = "Missing children", Purpose = "MissingChildren", Owner = "CW" }, default);
        Assert.NotNull(created.Value);
        Assert.NotNull((await lists.ConsentAsync(ChildrenSx, "missing-children", "SX", "Cooperation agreement 2026, art. 4", default)).Value);
        Assert.NotNull((await lists.AddEntryAsync(ChildrenCw, "missing-children", Child("c1"), default)).Value);

        // Host B has never loaded the lists: its first batch does, in both jurisdictions that consented.
        Assert.True(await ForcedByListOnBAsync(Jurisdiction.CW));
        Assert.True(await ForcedByListOnBAsync(Jurisdiction.SX));
        Assert.False(await ForcedByListOnBAsync(Jurisdiction.AW));

        Assert.NotNull((await lists.ExpireEntryAsync(ChildrenCw, "missing-children", "c1", null, default)).Value);
        _b.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(await ForcedByListOnBAsync(Jurisdiction.CW));

        Assert.NotNull((await lists.AddEntryAsync(ChildrenCw, "missing-children", Child("c2"), default)).Value);
        _b.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.True(await ForcedByListOnBAsync(Jurisdiction.CW));

        Assert.True((await lists.RemoveEntryAsync(ChildrenCw, "missing-children", "c2", default)).Value);
        _b.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.False(await ForcedByListOnBAsync(Jurisdiction.CW));

        var audited = await _a.Get<IAuditLog>().QueryAsync(null, null, _a.Time.GetUtcNow().AddHours(-1), _a.Time.GetUtcNow().AddHours(1),
            [Jurisdiction.CW, Jurisdiction.SX], includeSystem: false, max: 100, default);
        Assert.Equal(
            ["watchlist.consented", "watchlist.created", "watchlist.entry.added", "watchlist.entry.added", "watchlist.entry.expired", "watchlist.entry.removed"],
            // Only the list changes: the records screened here may also be recounted (assessment.recounted).
            audited.Select(e => e.Action).Where(a => a.StartsWith("watchlist.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ChildrenList_WithoutTheChildrenRole_IsForbidden()
    {
        var result = await _a.Get<WatchlistService>().CreateListAsync(EntitiesCw, new WatchlistListRequest { Id = "children-2", Name = "Children", Purpose = "MissingChildren", Owner = "CW" }, default);

        Assert.Equal(Application.Cases.ReviewStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task Import_WithABadLine_StoresTheOthersAndNamesTheLineAndField()
    {
        var lists = _a.Get<WatchlistService>();
        await lists.CreateListAsync(EntitiesCw, new WatchlistListRequest { Id = "recruiters", Name = "Recruiters", Purpose = "EntitiesOfInterest", Typology = "LabourExploitation", Owner = "CW" }, default);
        var csv = string.Join('\n',
            "entry_id,kind,given_names,name,birth_date,value,document_type,issuing_state,reason,source,valid_from,valid_to",
            "r1,Organisation,,Caribe Staffing N.V.,,,,,Under investigation,OM-2026-14,,",
            "r2,Phone,,,,0612345,,,Recruiter's phone,OM-2026-14,,",
            "r3,Phone,,,,+5999 555 1234,,,Recruiter's phone,OM-2026-14,,");

        var report = (await lists.ImportAsync(EntitiesCw, "recruiters", new StringReader(csv), default)).Value!;

        Assert.Equal(2, report.Stored);
        var error = Assert.Single(report.Errors);
        Assert.Equal("line 3: value", error.Path);
    }

    [Fact]
    public async Task FalseMatch_ReportedByAReviewer_IsExportedToTheListManagersAsALabelledPair()
    {
        var lists = _a.Get<WatchlistService>();
        await lists.CreateListAsync(ChildrenCw, new WatchlistListRequest { Id = "children-fm", Name = "Missing children", Purpose = "MissingChildren", Owner = "CW" }, default);
        await lists.AddEntryAsync(ChildrenCw, "children-fm", Child("c9"), default);
        var screened = await _a.Get<ScreeningService>().ScreenAsync(new ParsedBatch([ParsedRecord.Valid(0, TestRecords.Traveller("fm-1"))], []), default);
        var caseId = Assert.Single(screened.Records).AssessmentId!;
        var reviewer = new Caller("reviewer-cw", [AppRoles.ReviewCW], [Jurisdiction.CW]);

        Assert.NotNull((await lists.ReportFalseMatchAsync(reviewer, "children-fm", "c9", caseId, default)).Value);
        var forReviewer = await lists.FalseMatchesCsvAsync(reviewer, "children-fm", default);
        var csv = (await lists.FalseMatchesCsvAsync(ChildrenCw, "children-fm", default)).Value!;

        Assert.Equal(Application.Cases.ReviewStatus.NotFound, forReviewer.Status);
        var (pairs, errors) = Domain.Watchlists.NamePairFile.Read(new StringReader(csv));
        Assert.Empty(errors);
        var pair = Assert.Single(pairs);
        Assert.False(pair.Match);
        Assert.Contains(caseId, csv, StringComparison.Ordinal);
        var audited = await _a.Get<IAuditLog>().QueryAsync(null, null, _a.Time.GetUtcNow().AddHours(-1), _a.Time.GetUtcNow().AddHours(1),
            [Jurisdiction.CW], includeSystem: false, max: 100, default);
        Assert.Contains(audited, e => e.Action == "watchlist.false-matches.exported");
    }

    private static WatchlistEntryRequest Child(string id) => new()
    {
        EntryId = id, Kind = "Person", GivenNames = "Maria", Name = "Jansen", BirthDate = "1990-04-12", Reason = "Reported missing", Source = "KPC report 2026-311",
    };

    private async Task<bool> ForcedByListOnBAsync(Jurisdiction jurisdiction)
    {
        var record = TestRecords.Traveller($"wl-{++_records}", jurisdiction);
        var result = await _b.Get<ScreeningService>().ScreenAsync(new ParsedBatch([ParsedRecord.Valid(0, record)], []), default);
        var assessment = Assert.Single(result.Records).Assessment!;
        var fired = assessment.Indicators.Fired.Any(f => f.Id == "TRV-WATCHLIST-MISSING-CHILD");
        Assert.Equal(fired, fired && assessment.Risk.ForcedReview);
        return fired;
    }
}
