using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Delegations;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Application.Tests.Delegations;

/// <summary>Protocol staffing on Azurite: grant, expiry by itself, revocation, audit, scope.</summary>
public sealed class DelegationServiceTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static readonly Actor SupervisorCw = new("supervisor-cw", "Review.Supervisor", new HashSet<Jurisdiction> { Jurisdiction.CW }, new HashSet<Jurisdiction> { Jurisdiction.CW });

    private DelegationService Delegations => _services.Get<DelegationService>();

    private Task<IReadOnlySet<Jurisdiction>> ActiveAsync(string subject) => _services.Get<IDelegatedReviewAccess>().ActiveForAsync(subject, CancellationToken.None);

    [Fact]
    public async Task Grant_GivesTheReviewerTheJurisdictionUntilItEndsByItself()
    {
        var granted = await Delegations.GrantAsync(SupervisorCw, Jurisdiction.CW, new DelegationRequest("kmar-17", 8, "Night shift, protocol support"), CancellationToken.None);

        Assert.Equal(ReviewStatus.Ok, granted.Status);
        Assert.Equal([Jurisdiction.CW], await ActiveAsync("kmar-17"));
        var caller = new Caller("kmar-17", [AppRoles.ReviewBQ]).WithDelegations(await ActiveAsync("kmar-17"));
        Assert.True(caller.CanReview(Jurisdiction.CW));
        Assert.False(caller.IsSupervisorFor(Jurisdiction.CW));

        _services.Time.Advance(TimeSpan.FromHours(8) + DelegatedReviewAccess.CacheFor);

        Assert.Empty(await ActiveAsync("kmar-17"));
        var view = Assert.Single((await Delegations.ListAsync(SupervisorCw, Jurisdiction.CW, CancellationToken.None)).Value!);
        Assert.Equal("expired", view.Status);
        var audit = await _services.Get<IAuditLog>().QueryAsync(null, "supervisor-cw", _services.Time.GetUtcNow().AddDays(-1), _services.Time.GetUtcNow(), [Jurisdiction.CW], false, 10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "delegation.granted" && e.Detail!.Contains("kmar-17", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revoke_EndsItAtOnce_AndTwiceIsConflict()
    {
        var granted = (await Delegations.GrantAsync(SupervisorCw, Jurisdiction.CW, new DelegationRequest("kmar-18", 24, "Operation"), CancellationToken.None)).Value!;
        Assert.NotEmpty(await ActiveAsync("kmar-18"));

        var revoked = await Delegations.RevokeAsync(SupervisorCw, Jurisdiction.CW, granted.Id, new ReasonRequest("operation ended"), CancellationToken.None);
        var again = await Delegations.RevokeAsync(SupervisorCw, Jurisdiction.CW, granted.Id, new ReasonRequest("again"), CancellationToken.None);

        Assert.Equal("revoked", revoked.Value!.Status);
        Assert.Empty(await ActiveAsync("kmar-18"));
        Assert.Equal(ReviewStatus.Conflict, again.Status);
    }

    [Theory]
    [InlineData(null, 8, "shift", "reviewer")]
    [InlineData("kmar/1", 8, "shift", "reviewer")]
    [InlineData("supervisor-cw", 8, "shift", "reviewer")]
    [InlineData("kmar-1", 0, "shift", "hours")]
    [InlineData("kmar-1", 745, "shift", "hours")]
    [InlineData("kmar-1", 8, " ", "reason")]
    public async Task Grant_BadInput_NamesTheFieldAndStoresNothing(string? reviewer, int hours, string reason, string field)
    {
        var result = await Delegations.GrantAsync(SupervisorCw, Jurisdiction.CW, new DelegationRequest(reviewer, hours, reason), CancellationToken.None);

        Assert.Equal(field, Assert.Single(result.Errors!).Path);
        Assert.Empty((await Delegations.ListAsync(SupervisorCw, Jurisdiction.CW, CancellationToken.None)).Value!);
    }

    [Fact]
    public async Task Grant_BySupervisorOfAnotherJurisdictionOrAReviewer_IsNotFound()
    {
        var supervisorAw = new Actor("supervisor-aw", "Review.Supervisor", new HashSet<Jurisdiction> { Jurisdiction.AW }, new HashSet<Jurisdiction> { Jurisdiction.AW });
        var reviewerCw = new Actor("reviewer-cw", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

        Assert.Equal(ReviewStatus.NotFound, (await Delegations.GrantAsync(supervisorAw, Jurisdiction.CW, new DelegationRequest("kmar-1", 8, "x"), CancellationToken.None)).Status);
        Assert.Equal(ReviewStatus.NotFound, (await Delegations.GrantAsync(reviewerCw, Jurisdiction.CW, new DelegationRequest("kmar-1", 8, "x"), CancellationToken.None)).Status);
        Assert.Empty(await ActiveAsync("kmar-1"));
    }

    [Fact]
    public void WithDelegations_CallerWithoutAReviewerRole_GainsNothing()
    {
        var auditor = new Caller("auditor", [AppRoles.AuditRead], [Jurisdiction.AW]).WithDelegations([Jurisdiction.CW]);

        Assert.False(auditor.CanReview(Jurisdiction.CW));
        Assert.False(auditor.CanAudit(Jurisdiction.CW));
    }
}
