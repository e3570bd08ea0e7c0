using BorderScreening.Application.Security;
using BorderScreening.Cli.Commands;

namespace BorderScreening.Cli.Tests.Commands;

public sealed class TokenCommandTests
{
    [Theory]
    [InlineData(AppRoles.ReviewSupervisor, null, AppRoles.ReviewSupervisor)]
    [InlineData(AppRoles.AuditRead, "", AppRoles.AuditRead)]
    [InlineData(AppRoles.ModelTrain, null, AppRoles.ModelTrain)]
    [InlineData(AppRoles.ReviewSupervisor, "CW", null)]
    [InlineData(AppRoles.ReviewCW, null, null)]
    public void ScopedWithoutJurisdictions_NamesTheRoleThatReachesNothing(string role, string? jurisdictions, string? expected)
    {
        var settings = new TokenCommand.Settings { Roles = [role], Jurisdictions = jurisdictions };

        Assert.Equal(expected, TokenCommand.ScopedWithoutJurisdictions(settings));
    }

    [Fact]
    public void ScopedWithoutJurisdictions_AllJurisdictionsGrant_NamesNone()
    {
        var settings = new TokenCommand.Settings { Roles = [AppRoles.AuditRead, AppRoles.JurisdictionsAll] };

        Assert.Null(TokenCommand.ScopedWithoutJurisdictions(settings));
    }

    [Fact]
    public void Validate_GrantIsAKnownRole_AndUnknownCodeIsRefused()
    {
        var grant = new TokenCommand.Settings { Roles = [AppRoles.ReviewSupervisor, AppRoles.JurisdictionsAll] }.Validate();
        var unknown = new TokenCommand.Settings { Roles = [AppRoles.ReviewSupervisor], Jurisdictions = "CW,NL" }.Validate();

        Assert.True(grant.Successful);
        Assert.False(unknown.Successful);
    }
}
