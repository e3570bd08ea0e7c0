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
    public void IsSupervisorFor_NoScope_CoversAll()
    {
        var caller = new Caller("s", [AppRoles.ReviewSupervisor]);

        Assert.All(JurisdictionCodes.All, j => Assert.True(caller.IsSupervisorFor(j)));
    }

    [Fact]
    public void IsSupervisorFor_EmptyScope_CoversNone()
    {
        var caller = new Caller("s", [AppRoles.ReviewSupervisor], []);

        Assert.Empty(caller.ReviewableJurisdictions);
    }

    [Fact]
    public void CanReadAssessment_FeedAndAuditor_ReadEveryJurisdiction()
    {
        Assert.All(JurisdictionCodes.All, j => Assert.True(new Caller("f", [AppRoles.FeedSubmit]).CanReadAssessment(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.True(new Caller("a", [AppRoles.AuditRead]).CanReadAssessment(j)));
        Assert.All(JurisdictionCodes.All, j => Assert.False(new Caller("m", [AppRoles.ModelTrain, AppRoles.ModelPromote]).CanReadAssessment(j)));
    }

    [Fact]
    public void RoutePolicies_EveryNamedRole_IsKnown()
    {
        Assert.All(RouteTable.Catalog.Policies.Values.SelectMany(p => p.Roles), r => Assert.True(AppRoles.IsKnown(r), r));
    }
}
