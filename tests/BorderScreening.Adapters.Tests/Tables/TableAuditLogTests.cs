using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The audit port on real Table Storage (Azurite).</summary>
public sealed class TableAuditLogTests : IAsyncLifetime
{
    private static readonly Actor Reviewer = new("reviewer-1", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });
    private static readonly Actor Auditor = new("auditor-1", "Audit.Read", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction>());
    private static readonly IReadOnlyCollection<Jurisdiction> Everywhere = JurisdictionCodes.All.ToList();
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public void Composition_RegistersTheTableAdapter() =>
        Assert.IsType<TableAuditLog>(_services.Get<IAuditLog>());

    [Fact]
    public async Task ForCase_ReturnsThatCasesEntriesOldestFirst_AcrossMonths()
    {
        var log = _services.Get<IAuditLog>();
        var time = _services.Time;
        await log.WriteAsync(Reviewer, "case.read", Jurisdiction.CW, "case-1", null, CancellationToken.None);
        time.Advance(TimeSpan.FromDays(5));
        await log.WriteAsync(Reviewer, "case.decide", Jurisdiction.CW, "case-1", "refer", CancellationToken.None);
        await log.WriteAsync(Reviewer, "case.read", Jurisdiction.CW, "case-2", null, CancellationToken.None);

        var entries = await log.ForCaseAsync(Jurisdiction.CW, "case-1", 2, CancellationToken.None);

        Assert.Equal(["case.read", "case.decide"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("reviewer-1", e.Actor));
        Assert.Equal("refer", entries[1].Detail);
    }

    [Fact]
    public async Task Query_FiltersByActorAndPeriod_AndKeepsToTheMaximum()
    {
        var log = _services.Get<IAuditLog>();
        var time = _services.Time;
        var from = time.GetUtcNow();
        for (var i = 0; i < 4; i++)
        {
            await log.WriteAsync(Reviewer, "case.read", Jurisdiction.CW, $"case-{i}", null, CancellationToken.None);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        await log.WriteAsync(Auditor, "audit.query", null, null, null, CancellationToken.None);

        var byReviewer = await log.QueryAsync(null, "reviewer-1", from, time.GetUtcNow(), Everywhere, includeSystem: true, 10, CancellationToken.None);
        var capped = await log.QueryAsync(null, "reviewer-1", from, time.GetUtcNow(), Everywhere, includeSystem: true, 2, CancellationToken.None);
        var byAuditor = await log.QueryAsync(null, "auditor-1", from, time.GetUtcNow(), Everywhere, includeSystem: true, 10, CancellationToken.None);

        Assert.Equal(4, byReviewer.Count);
        Assert.Equal(2, capped.Count);
        Assert.Equal("audit.query", Assert.Single(byAuditor).Action);
        Assert.Null(byAuditor[0].Jurisdiction);
    }

    [Fact]
    public async Task Query_ReadsOnlyTheJurisdictionsAskedFor_AndSystemEntriesOnlyWhenAsked()
    {
        var log = _services.Get<IAuditLog>();
        var time = _services.Time;
        var from = time.GetUtcNow();
        await log.WriteAsync(Reviewer, "case.read", Jurisdiction.CW, "case-cw", null, CancellationToken.None);
        await log.WriteAsync(Reviewer, "case.read", Jurisdiction.SX, "case-sx", null, CancellationToken.None);
        await log.WriteAsync(Reviewer, "case.read", Jurisdiction.BQ_BO, "case-bo", null, CancellationToken.None);
        await log.WriteAsync(Auditor, "catalogue.activated", null, null, null, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));

        var cwOnly = await log.QueryAsync(null, null, from, time.GetUtcNow(), [Jurisdiction.CW], includeSystem: false, 10, CancellationToken.None);
        var bqWithSystem = await log.QueryAsync(null, null, from, time.GetUtcNow(), [Jurisdiction.BQ_BO, Jurisdiction.BQ_SE], includeSystem: true, 10, CancellationToken.None);
        var nothing = await log.QueryAsync(null, null, from, time.GetUtcNow(), [], includeSystem: false, 10, CancellationToken.None);

        Assert.Equal(["case-cw"], cwOnly.Select(e => e.CaseId));
        Assert.Equal(["BQ-BO", null], bqWithSystem.Select(e => e.Jurisdiction).OrderBy(j => j is null));
        Assert.Empty(nothing);
    }
}
