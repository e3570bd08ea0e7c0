using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Security;
using BorderScreening.Http.Api;

namespace BorderScreening.Application.Tests.Security;

public class CallerTests
{
    [Fact]
    public void CanReview_ReviewBq_CoversTheThreeIslandsOnly()
    {
        var caller = new Caller("r", [AppRoles.ReviewBQ]);

        Assert.Equal([Jurisdiction.BQ_BO, Jurisdiction.BQ_SE, Jurisdiction.BQ_SA], caller.ReviewableJurisdictions);
    }

    [Fact]
    public void CanReview_ReviewAw_RefusesCw()
    {
        var caller = new Caller("r", [AppRoles.ReviewAW]);

        Assert.True(caller.CanReview(Jurisdiction.AW));
        Assert.False(caller.CanReview(Jurisdiction.CW));
        Assert.False(caller.CanReadAssessment(Jurisdiction.CW));
    }

    [Fact]
    public void IsSupervisorFor_NoScope_CoversNone()
    {
        // Was "no claim = every jurisdiction"; now a missing claim fails closed.
        var caller = new Caller("s", [AppRoles.ReviewSupervisor]);

        Assert.All(JurisdictionCodes.All, j => Assert.False(caller.IsSupervisorFor(j)));
        Assert.Empty(caller.ReviewableJurisdictions);
    }

    [Fact]
    public void IsSupervisorFor_AllJurisdictionsGrant_CoversAll()
    {
        var caller = new Caller("s", [AppRoles.ReviewSupervisor, AppRoles.JurisdictionsAll]);

        Assert.All(JurisdictionCodes.All, j => Assert.True(caller.IsSupervisorFor(j)));
    }

    [Fact]
    public void IsSupervisorFor_SupervisorOfCwWhoReviewsSx_SupervisesCwOnly()
    {
        var caller = new Caller("s", [AppRoles.ReviewSupervisor, AppRoles.ReviewSX], [Jurisdiction.CW]);

        Assert.True(caller.CanReview(Jurisdiction.SX));
        Assert.False(caller.IsSupervisorFor(Jurisdiction.SX));
        Assert.True(caller.IsSupervisorFor(Jurisdiction.CW));
    }

    [Fact]
    public void AllJurisdictionsGrant_Alone_ReachesNothing()
    {
        var caller = new Caller("g", [AppRoles.JurisdictionsAll]);

        Assert.All(JurisdictionCodes.All, j => Assert.False(caller.CanActIn(j, AppRoles.All)));
    }

    [Fact]
    public void AllJurisdictionsGrant_DoesNotWidenReviewerRoles()
    {
        var caller = new Caller("r", [AppRoles.ReviewAW, AppRoles.JurisdictionsAll]);

        Assert.Equal([Jurisdiction.AW], caller.ReviewableJurisdictions);
    }

    [Fact]
    public void ReachesOnlyThroughGrant_ClaimOrReviewerRoleCoversIt_IsFalse()
    {
        var caller = new Caller("a", [AppRoles.AuditRead, AppRoles.ReviewSupervisor, AppRoles.ReviewSX, AppRoles.JurisdictionsAll], [Jurisdiction.CW]);

        Assert.False(caller.ReachesOnlyThroughGrant(Jurisdiction.CW, [AppRoles.AuditRead]));
        Assert.False(caller.ReachesOnlyThroughGrant(Jurisdiction.SX, AppRoles.CaseWorkers));
        Assert.True(caller.ReachesOnlyThroughGrant(Jurisdiction.SX, [AppRoles.ReviewSupervisor]));
        Assert.True(caller.ReachesOnlyThroughGrant(Jurisdiction.AW, [AppRoles.AuditRead]));
    }

    [Fact]
    public void IsSupervisorFor_EmptyScope_CoversNone()
    {
        var caller = new Caller("s", [AppRoles.ReviewSupervisor], []);

        Assert.Empty(caller.ReviewableJurisdictions);
    }

    [Fact]
    public void CanReadAssessment_FeedAndAuditorOnlyTheirScope()
    {
        var auditor = new Caller("a", [AppRoles.AuditRead], [Jurisdiction.AW]);

        Assert.All(JurisdictionCodes.All, j => Assert.False(new Caller("f", [AppRoles.FeedSubmit]).CanReadAssessment(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.Equal(j == Jurisdiction.CW, new Caller("f", [AppRoles.FeedSubmit], [Jurisdiction.CW]).CanReadAssessment(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.Equal(j == Jurisdiction.CW, new Caller("f", [AppRoles.FeedSubmit], [Jurisdiction.CW]).CanSubmitFor(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.Equal(j == Jurisdiction.AW, auditor.CanReadAssessment(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.False(new Caller("a", [AppRoles.AuditRead]).CanReadAssessment(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.True(new Caller("a", [AppRoles.AuditRead, AppRoles.JurisdictionsAll]).CanReadAssessment(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.False(new Caller("m", [AppRoles.ModelTrain, AppRoles.ModelPromote], JurisdictionCodes.All).CanReadAssessment(j)));
    }

    [Fact]
    public void RoutePolicies_EveryNamedRole_IsKnown()
    {
        Assert.All(RouteTable.Catalog.Policies.Values.SelectMany(p => p.Roles), r => Assert.True(AppRoles.IsKnown(r), r));
    }
}
