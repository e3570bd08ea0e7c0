using BorderScreening.Http.Protocol;

namespace BorderScreening.Http.Tests.Protocol;

public sealed class RouteIdsTests
{
    [Theory]
    [InlineData("cw-aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("2026.11.1")]
    [InlineData("bsm-20261128_1")]
    public void IsPlausible_IdsOfTheService_AreAccepted(string id) => Assert.True(RouteIds.IsPlausible(id));

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("a\\b")]
    [InlineData("a%2Fb")]
    [InlineData("v1\n")]
    [InlineData("a\u0000")]
    [InlineData("é")]
    public void IsPlausible_CharactersAKeyCannotHold_AreRefused(string id) => Assert.False(RouteIds.IsPlausible(id));

    [Fact]
    public void IsPlausible_LongerThan100_IsRefused()
    {
        Assert.True(RouteIds.IsPlausible(new string('a', 100)));
        Assert.False(RouteIds.IsPlausible(new string('a', 101)));
    }
}
